// Package pgrights explains Postgres's insufficient_privilege errors (SQLSTATE 42501): which
// right the connected user lacks, on what, and the GRANT that gives it. Retrying such an
// error cannot help; the explanation is what the user needs to fix it.
package pgrights

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// ErrDenied matches (with errors.Is) the errors Tables, Schema and Unexplained return.
var ErrDenied = errors.New("insufficient privilege")

// codeInsufficientPrivilege is the SQLSTATE of "permission denied for …" and "must be owner of …".
const codeInsufficientPrivilege = "42501"

type deniedError struct {
	msg string
	err error
}

func (e *deniedError) Error() string        { return e.msg }
func (e *deniedError) Unwrap() error        { return e.err }
func (e *deniedError) Is(target error) bool { return target == ErrDenied }

// Denied reports whether err is, or wraps, Postgres's insufficient_privilege error.
func Denied(err error) bool {
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == codeInsufficientPrivilege
}

// Querier is a pool, a connection or a transaction.
type Querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// Tables explains err, a denial, by the rights among rights (SELECT, INSERT, …) that the
// connected user lacks on tables of the current schema:
//
//	user "ro" has no INSERT, UPDATE, DELETE right on table events (grant it: GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ro)
//
// It returns nil when the user lacks none of them, or they cannot be read.
func Tables(ctx context.Context, q Querier, err error, rights []string, tables ...string) error {
	var user, schema string
	var lackingTables, lackingRights []string
	qerr := q.QueryRow(ctx, `SELECT current_user, coalesce(current_schema(), 'public'),
		coalesce(array_agg(t.name ORDER BY t.i, r.j), '{}'), coalesce(array_agg(r.name ORDER BY t.i, r.j), '{}')
		FROM unnest($1::text[]) WITH ORDINALITY AS t(name, i), unnest($2::text[]) WITH ORDINALITY AS r(name, j)
		WHERE to_regclass(format('%I.%I', current_schema(), t.name)) IS NOT NULL
			AND NOT has_table_privilege(format('%I.%I', current_schema(), t.name), r.name)`,
		tables, rights).Scan(&user, &schema, &lackingTables, &lackingRights)
	if qerr != nil || len(lackingTables) == 0 {
		return nil
	}
	var missing []string
	for _, r := range rights {
		if slices.Contains(lackingRights, r) {
			missing = append(missing, r)
		}
	}
	onTables := "table " + strings.Join(distinct(lackingTables), ", ")
	if len(distinct(lackingTables)) > 1 {
		onTables = "tables " + strings.Join(distinct(lackingTables), ", ")
	}
	return &deniedError{
		msg: fmt.Sprintf("user %q has no %s right on %s (grant it: GRANT %s ON ALL TABLES IN SCHEMA %s TO %s)",
			user, strings.Join(missing, ", "), onTables, strings.Join(missing, ", "), ident(schema), ident(user)),
		err: err,
	}
}

// Schema explains err, a denial, by the right (CREATE or USAGE) that the connected user lacks
// on the current schema:
//
//	user "ro" has no CREATE right on schema public (grant it: GRANT CREATE ON SCHEMA public TO ro)
//
// It returns nil when the user has it, or it cannot be read.
func Schema(ctx context.Context, q Querier, err error, right string) error {
	var user, schema string
	var has bool
	qerr := q.QueryRow(ctx, `SELECT current_user, coalesce(current_schema(), 'public'),
		has_schema_privilege(coalesce(current_schema(), 'public'), $1)`, right).Scan(&user, &schema, &has)
	if qerr != nil || has {
		return nil
	}
	return &deniedError{
		msg: fmt.Sprintf("user %q has no %s right on schema %s (grant it: GRANT %s ON SCHEMA %s TO %s)",
			user, right, schema, right, ident(schema), ident(user)),
		err: err,
	}
}

// Unexplained is err, a denial whose missing right Tables and Schema did not find (a table
// owned by another user, say), with the connected user named.
func Unexplained(ctx context.Context, q Querier, err error) error {
	user := "?"
	_ = q.QueryRow(ctx, `SELECT current_user`).Scan(&user)
	msg := err.Error()
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		msg = pgErr.Message
	}
	return &deniedError{
		msg: fmt.Sprintf("user %q: %s (grant the user that right, or connect as a user that has it)", user, msg),
		err: err,
	}
}

func distinct(s []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

var plainIdent = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// ident quotes a name for SQL only when it needs quoting.
func ident(name string) string {
	if plainIdent.MatchString(name) {
		return name
	}
	return pgx.Identifier{name}.Sanitize()
}
