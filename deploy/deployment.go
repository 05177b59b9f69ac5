// Package deploy deploys ltvkeeper's market factory and a wBTC/USDC market, and reads and
// writes the deployment file that the indexer, the keeper and the tests start from.
package deploy

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/bindings/morpho"
	"github.com/ltvkeeper/ltvkeeper/chain"
)

// Deployment is the content of deployment.json. A deployment of Morpho Blue alone (a devnet's
// --protocol morpho) has no factory and no markets.
type Deployment struct {
	ChainID    uint64         `json:"chainId"`
	Factory    common.Address `json:"factory,omitzero"`
	StartBlock uint64         `json:"startBlock"`
	Markets    []Market       `json:"markets"`
	// Executor is the keeper's LiquidationExecutor, owned by the keeper's account, through
	// which it liquidates many positions per transaction, with or without holding the loan
	// token; absent: the keeper liquidates one position per transaction from its own funds.
	Executor *common.Address `json:"executor,omitempty"`
	// Morpho is a Morpho Blue contract whose markets are followed beside the factory's, with
	// the keeper's executor there; absent: none.
	Morpho *MorphoInstance `json:"morpho,omitempty"`
}

// MorphoInstance is a Morpho Blue contract to follow, and which of its markets: those of
// Markets, and every market, created before or after the start, whose collateral token is one
// of CollateralTokens. With neither list, every market of the contract is followed.
//
//	"morpho": {
//	  "address": "0xBBBBBbbBBb9cC5e90e3b3Af64bdAF62C37EEFFCb",
//	  "startBlock": 18883124,
//	  "markets": ["0x3a85e619751152991742810df6ec69ce473daef99e28a64ab2340d7b7ccfee49"],
//	  "collateralTokens": ["0xcbB7C0000aB88B473b1f5aFd9ef808440eed33Bf"]
//	}
//
// A market is its id alone, or (as a development deployment writes it) an object with its
// name, id and the parameters the id is the hash of.
type MorphoInstance struct {
	Address    common.Address `json:"address"`    // the Morpho contract, which holds every market
	StartBlock uint64         `json:"startBlock"` // the block it was deployed in
	// Executor is the keeper's MorphoLiquidationExecutor on Address, owned by the keeper's
	// account; absent: none deployed.
	Executor         *common.Address  `json:"executor,omitempty"`
	Markets          []MorphoMarket   `json:"markets,omitempty"`
	CollateralTokens []common.Address `json:"collateralTokens,omitempty"`
}

// MarketIDs are the ids of Markets.
func (mi *MorphoInstance) MarketIDs() []common.Hash {
	ids := make([]common.Hash, len(mi.Markets))
	for i, m := range mi.Markets {
		ids[i] = m.ID
	}
	return ids
}

// Heartbeats are the markets' heartbeats (MorphoMarket.Heartbeat) by id, those set.
func (mi *MorphoInstance) Heartbeats() map[common.Hash]uint64 {
	out := make(map[common.Hash]uint64)
	for _, m := range mi.Markets {
		if m.Heartbeat > 0 {
			out[m.ID] = m.Heartbeat
		}
	}
	return out
}

// MorphoMarket is one Morpho Blue market: its id and, when known (LLTV set), the market
// parameters it is the hash of.
type MorphoMarket struct {
	Name            string         `json:"name"`
	ID              common.Hash    `json:"id"`
	LoanToken       common.Address `json:"loanToken"`
	CollateralToken common.Address `json:"collateralToken"`
	Oracle          common.Address `json:"oracle"`
	IRM             common.Address `json:"irm"`
	LLTV            *big.Int       `json:"lltv"` // WAD: 860000000000000000 is 86%
	// PriceFeed is the Chainlink feed under the oracle of a development market; absent
	// otherwise.
	PriceFeed *common.Address `json:"priceFeed,omitempty"`
	// Aggregator is the development feed's aggregator behind PriceFeed (as Market's), written
	// by a deployment of Morpho Blue alone; absent otherwise.
	Aggregator *common.Address `json:"aggregator,omitempty"`
	// Pool and PoolActor are the development Uniswap v3 pool of the market's two tokens and
	// the DevPool that moves it with the feed (as Market's); absent otherwise.
	Pool      *common.Address `json:"pool,omitempty"`
	PoolActor *common.Address `json:"poolActor,omitempty"`
	// Heartbeat is the age in seconds past which a round of a feed behind the market's oracle
	// counts as stale, which Morpho does not check; 0 (or absent): never.
	Heartbeat uint64 `json:"heartbeat,omitempty"`
}

// Market is one market of a deployment.
type Market struct {
	Name            string         `json:"name"`
	Market          common.Address `json:"market"`
	CollateralToken common.Address `json:"collateralToken"`
	LoanToken       common.Address `json:"loanToken"`
	PriceFeed       common.Address `json:"priceFeed"`
	// Aggregator is the development feed's aggregator behind PriceFeed, where development
	// prices are published; absent for a production feed (and for a mock feed, which is
	// its own aggregator).
	Aggregator *common.Address `json:"aggregator,omitempty"`
	// Pool is the Uniswap v3 pool of the market's two tokens that a development deployment
	// creates; absent otherwise.
	Pool *common.Address `json:"pool,omitempty"`
	// PoolActor is the DevPool that provides Pool's liquidity and moves its price after each
	// development price (Market.MovePool); absent with Pool.
	PoolActor *common.Address `json:"poolActor,omitempty"`
	// Heartbeat is the age in seconds past which the market's price counts as stale; 0 (or
	// absent): the market's maxPriceAge.
	Heartbeat uint64 `json:"heartbeat,omitempty"`
}

// How to write a deployment file, for the errors of Load.
const (
	fileHolds   = "a deployment file is a JSON object with chainId, factory, startBlock and markets"
	marketHolds = "a market is a JSON object with name, market, collateralToken, loanToken and priceFeed"
	writeOne    = "write one with 'ltvkeeper deploy'"
	fixOrWrite  = "fix the file, or write a new one with 'ltvkeeper deploy'"

	morphoHolds       = "morpho is a JSON object with address and startBlock, and optionally executor, markets and collateralTokens"
	morphoMarketHolds = "a Morpho market is its id, or a JSON object with name, id, loanToken, collateralToken, oracle, irm and lltv"
)

// Load reads a deployment file. Every error names the file, says what is wrong with it in
// plain words and how to fix it.
func Load(path string) (*Deployment, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		// The os error repeats the path; keep its reason.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		fix := "check the path and its permissions"
		switch {
		case errors.Is(err, fs.ErrNotExist):
			fix = "write one with 'ltvkeeper deploy --out " + path + "'"
		case errors.Is(err, syscall.EISDIR):
			fix = "name the file, such as " + filepath.Join(path, "deployment.json")
		}
		return nil, fmt.Errorf("%s: %w (%s)", path, err, fix)
	}
	d, err := parseDeployment(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

func parseDeployment(raw []byte) (*Deployment, error) {
	var top map[string]json.RawMessage
	if err := parseObject(raw, &top); err != nil {
		return nil, err
	}
	o := object{fields: top, holds: fileHolds}
	d := &Deployment{}
	var err error
	if d.ChainID, err = o.number("chainId", "the id of the chain the factory is on, such as 1"); err != nil {
		return nil, err
	}
	if d.ChainID == 0 {
		return nil, fmt.Errorf("chainId is 0: want the id of the chain the factory is on, such as 1 (%s)", fixOrWrite)
	}
	// Without a factory, the file must follow Morpho Blue.
	rawMorpho, withMorpho := top["morpho"]
	withMorpho = withMorpho && string(rawMorpho) != "null"
	if _, ok := top["factory"]; ok || !withMorpho {
		if d.Factory, err = o.address("factory"); err != nil {
			return nil, err
		}
		if d.Factory == (common.Address{}) {
			return nil, fmt.Errorf("factory is the zero address: want the address of the deployed market factory (%s)", fixOrWrite)
		}
	}
	if d.StartBlock, err = o.number("startBlock", "the block the factory was deployed in"); err != nil {
		return nil, err
	}
	// A deployment without markets is written with "markets": null.
	rawMarkets, ok := top["markets"]
	if !ok {
		_, err := o.get("markets")
		return nil, err
	}
	var markets []json.RawMessage
	if err := json.Unmarshal(rawMarkets, &markets); err != nil {
		return nil, fmt.Errorf("markets is %s: want a JSON list of markets, [] for none (%s)", quote(rawMarkets), fixOrWrite)
	}
	if d.Executor, err = o.optionalAddress("executor"); err != nil {
		return nil, err
	}
	d.Markets = make([]Market, len(markets))
	for i, rawMarket := range markets {
		if d.Markets[i], err = parseMarket(rawMarket, fmt.Sprintf("markets[%d].", i)); err != nil {
			return nil, err
		}
	}
	if withMorpho {
		if d.Morpho, err = parseMorpho(rawMorpho); err != nil {
			return nil, err
		}
	}
	if d.Factory == (common.Address{}) && len(d.Markets) > 0 {
		return nil, fmt.Errorf("markets without a factory: a deployment's markets are its factory's; give the factory (%s)", fixOrWrite)
	}
	return d, nil
}

func parseMorpho(raw json.RawMessage) (*MorphoInstance, error) {
	o, err := nested(raw, "morpho.", morphoHolds)
	if err != nil {
		return nil, err
	}
	fields := o.fields
	mi := &MorphoInstance{}
	if mi.Address, err = o.address("address"); err != nil {
		return nil, err
	}
	if mi.Address == (common.Address{}) {
		return nil, fmt.Errorf("morpho.address is the zero address: want the address of the Morpho Blue contract (%s)", fixOrWrite)
	}
	if mi.StartBlock, err = o.number("startBlock", "the block the Morpho Blue contract was deployed in"); err != nil {
		return nil, err
	}
	if mi.Executor, err = o.optionalAddress("executor"); err != nil {
		return nil, err
	}
	if raw, ok := fields["markets"]; ok && string(raw) != "null" {
		var markets []json.RawMessage
		if err := json.Unmarshal(raw, &markets); err != nil {
			return nil, fmt.Errorf("morpho.markets is %s: want a JSON list of Morpho markets, each its id or an object (%s)", quote(raw), fixOrWrite)
		}
		mi.Markets = make([]MorphoMarket, len(markets))
		for i, rawMarket := range markets {
			var id string
			if json.Unmarshal(rawMarket, &id) == nil {
				if mi.Markets[i].ID, err = ParseMarketID(id); err != nil {
					return nil, fmt.Errorf("morpho.markets[%d] %q: %w (%s)", i, id, err, fixOrWrite)
				}
				continue
			}
			if mi.Markets[i], err = parseMorphoMarket(rawMarket, fmt.Sprintf("morpho.markets[%d].", i)); err != nil {
				return nil, err
			}
		}
	}
	if raw, ok := fields["collateralTokens"]; ok && string(raw) != "null" {
		var tokens []string
		if err := json.Unmarshal(raw, &tokens); err != nil {
			return nil, fmt.Errorf("morpho.collateralTokens is %s: want a JSON list of token addresses (%s)", quote(raw), fixOrWrite)
		}
		for i, s := range tokens {
			a, err := chain.ParseAddress(s)
			if err != nil {
				return nil, fmt.Errorf("morpho.collateralTokens[%d] %q: %w (%s)", i, s, err, fixOrWrite)
			}
			mi.CollateralTokens = append(mi.CollateralTokens, a)
		}
	}
	return mi, nil
}

// MarshalJSON writes a market whose parameters are unknown as its id alone.
func (m MorphoMarket) MarshalJSON() ([]byte, error) {
	if m.LLTV == nil {
		return json.Marshal(m.ID)
	}
	type fields MorphoMarket // without this method
	return json.Marshal(fields(m))
}

func parseMorphoMarket(raw json.RawMessage, prefix string) (MorphoMarket, error) {
	var m MorphoMarket
	o, err := nested(raw, prefix, morphoMarketHolds)
	if err != nil {
		return m, err
	}
	if m.Name, err = o.text("name"); err != nil {
		return m, err
	}
	if err := o.addresses(addressField{"loanToken", &m.LoanToken}, addressField{"collateralToken", &m.CollateralToken},
		addressField{"oracle", &m.Oracle}, addressField{"irm", &m.IRM}); err != nil {
		return m, err
	}
	lltv, err := o.number("lltv", "the market's liquidation LTV in WAD, such as 860000000000000000 for 86%")
	if err != nil {
		return m, err
	}
	m.LLTV = new(big.Int).SetUint64(lltv)
	rawID, err := o.get("id")
	if err != nil {
		return m, err
	}
	var id string
	if err = json.Unmarshal(rawID, &id); err == nil {
		m.ID, err = ParseMarketID(id)
	}
	if err != nil {
		return m, fmt.Errorf("%sid is %s: want the market's id as a JSON string, \"0x\" and 64 hex digits (%s)", prefix, quote(rawID), fixOrWrite)
	}
	if want := MarketID(m.Params()); m.ID != want {
		return m, fmt.Errorf("%sid %s is not the id of the market's loanToken, collateralToken, oracle, irm and lltv, which is %s (%s)", prefix, m.ID, want, fixOrWrite)
	}
	for _, f := range []struct {
		key  string
		addr **common.Address
	}{{"priceFeed", &m.PriceFeed}, {"aggregator", &m.Aggregator}, {"pool", &m.Pool}, {"poolActor", &m.PoolActor}} {
		if *f.addr, err = o.optionalAddress(f.key); err != nil {
			return m, err
		}
	}
	if m.Heartbeat, err = o.optionalNumber("heartbeat", "the seconds after which a round of a feed behind the market's oracle counts as stale (0: never)"); err != nil {
		return m, err
	}
	return m, nil
}

// Params are the market's parameters as Morpho takes them.
func (m MorphoMarket) Params() morpho.MarketParams {
	return morpho.MarketParams{LoanToken: m.LoanToken, CollateralToken: m.CollateralToken, Oracle: m.Oracle, Irm: m.IRM, Lltv: new(big.Int).Set(m.LLTV)}
}

func parseMarket(raw json.RawMessage, prefix string) (Market, error) {
	var m Market
	o, err := nested(raw, prefix, marketHolds)
	if err != nil {
		return m, err
	}
	if m.Name, err = o.text("name"); err != nil {
		return m, err
	}
	if err := o.addresses(addressField{"market", &m.Market}, addressField{"collateralToken", &m.CollateralToken},
		addressField{"loanToken", &m.LoanToken}, addressField{"priceFeed", &m.PriceFeed}); err != nil {
		return m, err
	}
	for _, f := range []struct {
		key  string
		addr **common.Address
	}{{"aggregator", &m.Aggregator}, {"pool", &m.Pool}, {"poolActor", &m.PoolActor}} {
		if *f.addr, err = o.optionalAddress(f.key); err != nil {
			return m, err
		}
	}
	if m.Heartbeat, err = o.optionalNumber("heartbeat", "the seconds after which the market's price counts as stale (0: its maxPriceAge)"); err != nil {
		return m, err
	}
	return m, nil
}

// ParseMarketID parses a Morpho Blue market id: "0x" and 64 hex digits.
func ParseMarketID(s string) (common.Hash, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 64 || len(s) != 66 {
		return common.Hash{}, errors.New("not a market id (want 0x and 64 hex digits)")
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return common.Hash{}, errors.New("not a market id (want 0x and 64 hex digits)")
	}
	return common.BytesToHash(b), nil
}

// parseObject unmarshals raw into a JSON object, saying in plain words what raw is otherwise.
func parseObject(raw []byte, top *map[string]json.RawMessage) error {
	trimmed := bytes.TrimSpace(raw)
	if len(trimmed) == 0 {
		return fmt.Errorf("the file is empty (%s)", writeOne)
	}
	var syntax *json.SyntaxError
	if err := json.Unmarshal(trimmed, top); errors.As(err, &syntax) {
		// Report the place in the file as an editor shows it; Offset counts the byte that broke
		// the syntax.
		at := max(int(syntax.Offset)-1, 0) + bytes.Index(raw, trimmed)
		line := 1 + bytes.Count(raw[:at], []byte("\n"))
		column := at - bytes.LastIndexByte(raw[:at], '\n')
		return fmt.Errorf("not valid JSON: the text breaks off or is mistyped near line %d, column %d (%s)", line, column, fixOrWrite)
	}
	if *top == nil { // valid JSON, but not an object
		kinds := map[byte]string{'[': "a JSON list", '"': "a JSON string", 'n': "null", 't': "a JSON boolean", 'f': "a JSON boolean"}
		kind, ok := kinds[trimmed[0]]
		if !ok {
			kind = "a JSON number"
		}
		return fmt.Errorf("not a deployment file: it holds %s, but %s (%s)", kind, fileHolds, writeOne)
	}
	return nil
}

// object is one JSON object of a deployment file, read field by field so that an error names
// the field, its value and what belongs there.
type object struct {
	prefix string // "markets[0]." for a market's fields
	fields map[string]json.RawMessage
	holds  string // what the object holds, for a missing field
}

// nested reads raw as the JSON object named prefix (with a trailing dot) that holds says
// what it is.
func nested(raw json.RawMessage, prefix, holds string) (object, error) {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(raw, &fields); err != nil || fields == nil {
		return object{}, fmt.Errorf("%s is %s: %s (%s)", strings.TrimSuffix(prefix, "."), quote(raw), holds, fixOrWrite)
	}
	return object{prefix: prefix, fields: fields, holds: holds}, nil
}

// addresses reads the required address fields, each into its place.
func (o object) addresses(fields ...addressField) error {
	for _, f := range fields {
		var err error
		if *f.to, err = o.address(f.key); err != nil {
			return err
		}
	}
	return nil
}

type addressField struct {
	key string
	to  *common.Address
}

func (o object) get(key string) (json.RawMessage, error) {
	raw, ok := o.fields[key]
	if !ok || string(raw) == "null" {
		return nil, fmt.Errorf("no %s%s: %s (%s)", o.prefix, key, o.holds, fixOrWrite)
	}
	return raw, nil
}

func (o object) number(key, want string) (uint64, error) {
	raw, err := o.get(key)
	if err != nil {
		return 0, err
	}
	var v uint64
	if err := json.Unmarshal(raw, &v); err != nil {
		return 0, fmt.Errorf("%s%s is %s: want a whole number, %s (%s)", o.prefix, key, quote(raw), want, fixOrWrite)
	}
	return v, nil
}

// optionalNumber reads a whole number that may be absent or null (0 then).
func (o object) optionalNumber(key, want string) (uint64, error) {
	if raw, ok := o.fields[key]; !ok || string(raw) == "null" {
		return 0, nil
	}
	return o.number(key, want)
}

// optionalAddress reads an address that may be absent or null (nil then).
func (o object) optionalAddress(key string) (*common.Address, error) {
	if raw, ok := o.fields[key]; !ok || string(raw) == "null" {
		return nil, nil
	}
	a, err := o.address(key)
	if err != nil {
		return nil, err
	}
	return &a, nil
}

func (o object) text(key string) (string, error) {
	raw, err := o.get(key)
	if err != nil {
		return "", err
	}
	var v string
	if err := json.Unmarshal(raw, &v); err != nil {
		return "", fmt.Errorf("%s%s is %s: want a JSON string such as \"WBTC/USDC\" (%s)", o.prefix, key, quote(raw), fixOrWrite)
	}
	return v, nil
}

func (o object) address(key string) (common.Address, error) {
	raw, err := o.get(key)
	if err != nil {
		return common.Address{}, err
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return common.Address{}, fmt.Errorf("%s%s is %s: want an address as a JSON string, \"0x\" and 40 hex digits (%s)", o.prefix, key, quote(raw), fixOrWrite)
	}
	addr, err := chain.ParseAddress(s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%s%s %q: %w (%s)", o.prefix, key, s, err, fixOrWrite)
	}
	return addr, nil
}

// quote shows a JSON value in an error, shortened when long.
func quote(raw json.RawMessage) string {
	if s := string(raw); len(s) <= 40 {
		return s
	}
	return string(raw[:37]) + "..."
}

// CheckWritable checks, before anything is deployed, that a deployment file can be written
// at path: path is new, or with overwrite a regular file; and a file can be created and
// removed next to it.
func CheckWritable(path string, overwrite bool) error {
	if err := checkTarget(path, overwrite); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".deployment-check-*")
	if err != nil {
		// The path in the error would be the probe's random name: say the folder instead.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("--out %s: cannot write in %s: %w (create the directory, fix its permissions or choose another --out)", path, dir, err)
	}
	name := tmp.Name()
	closeErr := tmp.Close()
	if err := errors.Join(closeErr, os.Remove(name)); err != nil {
		return fmt.Errorf("--out %s: cannot write in %s: %w (fix its permissions or choose another --out)", path, dir, err)
	}
	return nil
}

// checkTarget refuses to write the deployment file over anything but a regular file, and over
// an existing file unless overwrite: the file may be the only record of a deployment.
func checkTarget(path string, overwrite bool) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("--out %s: %w", path, err)
	case info.IsDir():
		return fmt.Errorf("--out %s is a directory: name a file such as %s", path, filepath.Join(path, "deployment.json"))
	case info.Mode()&fs.ModeSymlink != 0:
		target, _ := os.Readlink(path)
		return fmt.Errorf("--out %s is a symbolic link to %s: name the file itself, or a new file", path, target)
	case !info.Mode().IsRegular():
		return fmt.Errorf("--out %s is not a regular file but a %s: name a new file such as deployment.json", path, fileKind(info.Mode()))
	case overwrite:
		return nil
	}
	holds := ""
	if d, err := Load(path); err == nil {
		holds = fmt.Sprintf(" and holds factory %s on chain %d", d.Factory, d.ChainID)
	}
	return fmt.Errorf("--out %s exists%s: it may be the only record of where the markets are; choose another --out, or pass --force to replace it", path, holds)
}

func fileKind(mode fs.FileMode) string {
	switch {
	case mode&fs.ModeCharDevice != 0:
		return "character device"
	case mode&fs.ModeDevice != 0:
		return "device"
	case mode&fs.ModeNamedPipe != 0:
		return "named pipe"
	case mode&fs.ModeSocket != 0:
		return "socket"
	}
	return "special file"
}

// Write writes the deployment to path atomically, replacing a regular file there: a reader
// sees the old file or the whole new one, never a part.
func (d *Deployment) Write(path string) error {
	return d.write(path, func(tmp string) error {
		if err := checkTarget(path, true); err != nil {
			return err
		}
		return placeError(path, os.Rename(tmp, path))
	})
}

// WriteNew writes the deployment to path like Write, but refuses a path that exists, even
// one that appears while it writes.
func (d *Deployment) WriteNew(path string) error {
	return d.write(path, func(tmp string) error {
		// A hard link is created only where nothing is; the temporary file is removed after.
		err := os.Link(tmp, path)
		if err != nil && !errors.Is(err, fs.ErrExist) {
			// A file system without hard links: create the file exclusively instead.
			err = copyNew(tmp, path)
		}
		if errors.Is(err, fs.ErrExist) {
			if err := checkTarget(path, false); err != nil {
				return err
			}
		}
		return placeError(path, err)
	})
}

// copyNew copies the file at from to a new file at to; it fails when to exists.
func copyNew(from, to string) error {
	raw, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	f, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	_, err = f.Write(raw)
	if err = errors.Join(err, f.Close()); err != nil {
		os.Remove(to)
	}
	return err
}

// placeError names --out in an error of renaming or linking the temporary file to path; the
// temporary file's name means nothing to the user.
func placeError(path string, err error) error {
	if err == nil {
		return nil
	}
	var le *os.LinkError
	var pe *fs.PathError
	switch {
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &pe):
		err = pe.Err
	}
	return fmt.Errorf("--out %s: %w", path, err)
}

// write writes the deployment to a temporary file next to path and has place put it there;
// place's errors name --out.
func (d *Deployment) write(path string, place func(tmp string) error) error {
	raw, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".deployment-*.json")
	if err != nil {
		return fmt.Errorf("--out %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(raw, '\n')); err != nil {
		tmp.Close()
		return fmt.Errorf("--out %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("--out %s: %w", path, err)
	}
	return place(tmp.Name())
}
