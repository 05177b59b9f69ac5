package indexer

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"
)

// httpBatch sends JSON-RPC batches over plain HTTP and reads the answer in one pass: the
// go-ethereum client reads an answer three times over (decoder, envelope, result), which was
// most of a backfill's CPU on the client side. Each element's result is decoded from the
// answer's own bytes (an eth_getLogs result by decodeLogs). Errors take the client's forms
// (rpc.HTTPError, an error with ErrorCode), so classify reads them alike.
type httpBatch struct {
	url     string
	client  *http.Client
	buffers chan *bytes.Buffer // answer buffers kept from call to call
	keep    int                // the largest buffer kept
}

// newHTTPBatch returns the plain HTTP path to url, or nil when url is not http(s). It keeps
// answer buffers of up to twice rangeBytes, the bytes a range is meant to bring (0: no cap):
// a larger answer (a single block can be far larger) gets a buffer of its own, used once.
// Kept, such buffers would stay live for the rest of a backfill, one per request in flight,
// and the collector would let the heap grow to twice them.
func newHTTPBatch(url string, rangeBytes int) *httpBatch {
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return nil
	}
	keep := maxKeptBuffer
	if rangeBytes > 0 {
		keep = min(keep, 2*rangeBytes)
	}
	return &httpBatch{url: url, client: &http.Client{}, buffers: make(chan *bytes.Buffer, keptBuffers), keep: keep}
}

// maxKeptBuffer is the largest answer buffer kept for the next call when ranges are not
// capped by bytes; keptBuffers how many.
const (
	maxKeptBuffer = 32 << 20
	keptBuffers   = 8
)

type rpcRequest struct {
	Version string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

// jsonError is an error object of an answer.
type jsonError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

func (e *jsonError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("json-rpc error %d", e.Code)
	}
	return e.Message
}

func (e *jsonError) ErrorCode() int { return e.Code }

// ErrorData is the error's data, as rpc.DataError gives it.
func (e *jsonError) ErrorData() any {
	var v any
	_ = json.Unmarshal(e.Data, &v)
	return v
}

// call sends batch and sets each element's Result or Error, as rpc.Client.BatchCallContext.
func (h *httpBatch) call(ctx context.Context, batch []rpc.BatchElem) error {
	reqs := make([]rpcRequest, len(batch))
	for i, e := range batch {
		reqs[i] = rpcRequest{Version: "2.0", ID: i + 1, Method: e.Method, Params: e.Args}
		if reqs[i].Params == nil {
			reqs[i].Params = []any{}
		}
	}
	body, err := json.Marshal(reqs)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, h.url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	// An answer that its length already shows to be over the logs' limit is refused unread.
	limit := int64(0)
	for _, e := range batch {
		if r, ok := e.Result.(*logsResult); ok && r.limit > 0 {
			limit += int64(r.limit) + 64<<10 // and the other elements' answers
		}
	}
	if limit > 0 && resp.ContentLength > limit {
		return fmt.Errorf("%w: response size %d bytes, over the %d bytes a range may bring", errTooLarge, resp.ContentLength, limit)
	}
	// Answers are read into buffers kept from call to call: every result is decoded out of
	// them before call returns.
	var buf *bytes.Buffer
	select {
	case buf = <-h.buffers:
	default:
		buf = new(bytes.Buffer)
	}
	defer func() {
		if buf.Cap() <= h.keep {
			select {
			case h.buffers <- buf:
			default:
			}
		}
	}()
	buf.Reset()
	if need := int(resp.ContentLength) + bytes.MinRead; resp.ContentLength > 0 && buf.Cap() < need {
		// Read once into place, into a buffer of the answer's size (to the MiB above): Grow
		// would double the buffer, past the size kept for the next call, and each call would
		// allocate (and clear) one afresh.
		buf = bytes.NewBuffer(make([]byte, 0, (need+1<<20-1)&^(1<<20-1)))
	}
	if _, err := buf.ReadFrom(resp.Body); err != nil {
		return err
	}
	raw := buf.Bytes()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return rpc.HTTPError{StatusCode: resp.StatusCode, Status: resp.Status, Body: bytes.Clone(raw)}
	}
	answers, err := splitAnswers(raw)
	if err != nil {
		return err
	}
	seen := make([]bool, len(batch))
	for _, a := range answers {
		i := a.id - 1
		if i < 0 || i >= len(batch) || seen[i] {
			continue
		}
		seen[i] = true
		e := &batch[i]
		switch u, ok := e.Result.(json.Unmarshaler); {
		case a.err != nil:
			e.Error = a.err
		case a.result == nil:
			e.Error = rpc.ErrNoResult
		case ok:
			e.Error = u.UnmarshalJSON(a.result) // logsResult: read once, not checked first
		default:
			e.Error = json.Unmarshal(a.result, e.Result)
		}
	}
	for i := range batch {
		if !seen[i] {
			batch[i].Error = fmt.Errorf("missing response for request %d (%s)", i+1, batch[i].Method)
		}
	}
	return nil
}

// answer is one element of a batch answer: its id, and its result's bytes or its error.
type answer struct {
	id     int
	result []byte
	err    error
}

// splitAnswers splits a batch answer into its elements without decoding the results. An
// answer outside the common shape (an id that is not a small number, escapes in a key) is
// read by encoding/json instead.
func splitAnswers(raw []byte) ([]answer, error) {
	if out, ok := scanAnswers(raw); ok {
		return out, nil
	}
	return splitAnswersSlow(raw)
}

func splitAnswersSlow(raw []byte) ([]answer, error) {
	var msgs []struct {
		ID     json.RawMessage `json:"id"`
		Result json.RawMessage `json:"result"`
		Error  *jsonError      `json:"error"`
	}
	if err := json.Unmarshal(raw, &msgs); err != nil {
		return nil, err
	}
	out := make([]answer, 0, len(msgs))
	for _, m := range msgs {
		var id int
		if err := json.Unmarshal(m.ID, &id); err != nil {
			continue
		}
		a := answer{id: id, result: m.Result}
		if m.Error != nil {
			a.err = m.Error
		}
		out = append(out, a)
	}
	return out, nil
}

func scanAnswers(raw []byte) ([]answer, bool) {
	s := &logScanner{b: raw}
	if !s.byte('[') {
		return nil, false
	}
	var out []answer
	if s.byte(']') {
		return out, s.end()
	}
	for {
		if !s.byte('{') {
			return nil, false
		}
		var a answer
		a.id = -1
		for {
			key, err := s.str()
			if err != nil || !s.byte(':') {
				return nil, false
			}
			s.ws()
			from := s.i
			switch string(key) {
			case "id":
				n, err := s.number()
				if err != nil {
					return nil, false
				}
				a.id = n
			case "result":
				if err := s.skip(0, true); err != nil {
					return nil, false
				}
				a.result = raw[from:s.i]
			case "error":
				if err := s.skip(0, true); err != nil {
					return nil, false
				}
				var e jsonError
				if json.Unmarshal(raw[from:s.i], &e) != nil {
					return nil, false
				}
				a.err = &e
			default:
				if err := s.skip(0, true); err != nil {
					return nil, false
				}
			}
			if s.byte(',') {
				continue
			}
			if s.byte('}') {
				break
			}
			return nil, false
		}
		if a.id < 0 {
			return nil, false
		}
		out = append(out, a)
		switch {
		case s.byte(','):
		case s.byte(']'):
			return out, s.end()
		default:
			return nil, false
		}
	}
}

// number reads a small non-negative integer.
func (s *logScanner) number() (int, error) {
	s.ws()
	start, n := s.i, 0
	for s.i < len(s.b) && s.b[s.i] >= '0' && s.b[s.i] <= '9' && s.i-start < 9 {
		n = n*10 + int(s.b[s.i]-'0')
		s.i++
	}
	if s.i == start {
		return 0, errShape
	}
	return n, nil
}
