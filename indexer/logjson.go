package indexer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// decodeLogs decodes an eth_getLogs answer. Most of a backfill's time on the client side
// goes into this JSON, so the common shape (an array of objects of hex strings, as every node
// writes it) is read in one pass; anything else (null fields, a missing required field,
// escapes, malformed JSON) goes through go-ethereum's own decoding, which gives the same logs
// and the same errors.
func decodeLogs(raw []byte) ([]types.Log, error) {
	if logs, ok := scanLogs(raw); ok {
		return logs, nil
	}
	var logs []types.Log
	err := json.Unmarshal(raw, &logs)
	return logs, err
}

var errShape = errors.New("not the common shape")

// logScanner reads the common shape of an eth_getLogs answer.
type logScanner struct {
	b []byte
	i int
}

func scanLogs(raw []byte) ([]types.Log, bool) {
	s := &logScanner{b: raw}
	if !s.byte('[') {
		return nil, false
	}
	logs := make([]types.Log, 0, len(raw)/800+1)
	if s.peek() == ']' {
		s.i++
		return logs, s.end()
	}
	for {
		var l types.Log
		if err := s.log(&l); err != nil {
			return nil, false
		}
		logs = append(logs, l)
		switch {
		case s.byte(','):
		case s.byte(']'):
			return logs, s.end()
		default:
			return nil, false
		}
	}
}

func (s *logScanner) ws() {
	for s.i < len(s.b) && (s.b[s.i] == ' ' || s.b[s.i] == '\n' || s.b[s.i] == '\t' || s.b[s.i] == '\r') {
		s.i++
	}
}

func (s *logScanner) peek() byte {
	s.ws()
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// byte consumes c, after white space.
func (s *logScanner) byte(c byte) bool {
	if s.peek() == c {
		s.i++
		return true
	}
	return false
}

func (s *logScanner) end() bool {
	s.ws()
	return s.i == len(s.b)
}

// str returns the bytes of a string without escapes.
func (s *logScanner) str() ([]byte, error) {
	if !s.byte('"') {
		return nil, errShape
	}
	start := s.i
	for s.i < len(s.b) {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start : s.i-1], nil
		case c == '\\' || c < 0x20:
			return nil, errShape
		}
		s.i++
	}
	return nil, errShape
}

// hexStr returns the bytes of a string its caller reads as hex digits, which refuses any escape
// or control character: its closing quote is found without a look at each byte before it.
func (s *logScanner) hexStr() ([]byte, error) {
	if !s.byte('"') {
		return nil, errShape
	}
	n := bytes.IndexByte(s.b[s.i:], '"')
	if n < 0 {
		return nil, errShape
	}
	v := s.b[s.i : s.i+n]
	s.i += n + 1
	return v, nil
}

// hexBytes decodes a 0x-prefixed hex string of any even length.
func (s *logScanner) hexBytes() ([]byte, error) {
	v, err := s.hexStr()
	if err != nil || len(v) < 2 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') || len(v)%2 != 0 {
		return nil, errShape
	}
	out := make([]byte, (len(v)-2)/2)
	if _, err := hex.Decode(out, v[2:]); err != nil {
		return nil, errShape
	}
	return out, nil
}

// fixed decodes a 0x-prefixed hex string of exactly len(dst) bytes into dst.
func (s *logScanner) fixed(dst []byte) error {
	v, err := s.hexStr()
	if err != nil || len(v) != 2+2*len(dst) || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') {
		return errShape
	}
	if _, err := hex.Decode(dst, v[2:]); err != nil {
		return errShape
	}
	return nil
}

// quantity decodes a hex quantity (0x0, 0x1a; no leading zeros) of at most 64 bits.
func (s *logScanner) quantity() (uint64, error) {
	v, err := s.hexStr()
	if err != nil || len(v) < 3 || len(v) > 18 || v[0] != '0' || (v[1] != 'x' && v[1] != 'X') || (len(v) > 3 && v[2] == '0') {
		return 0, errShape // leading zeros: go-ethereum refuses them
	}
	var n uint64
	for _, c := range v[2:] {
		switch {
		case c >= '0' && c <= '9':
			n = n<<4 | uint64(c-'0')
		case c >= 'a' && c <= 'f':
			n = n<<4 | uint64(c-'a'+10)
		case c >= 'A' && c <= 'F':
			n = n<<4 | uint64(c-'A'+10)
		default:
			return 0, errShape
		}
	}
	return n, nil
}

// log reads one log object. The fields go-ethereum requires (address, topics, data,
// transactionHash) must be there; unknown fields are skipped.
func (s *logScanner) log(l *types.Log) error {
	if !s.byte('{') {
		return errShape
	}
	var have struct{ address, topics, data, tx bool }
	if s.byte('}') {
		return errShape
	}
	for {
		key, err := s.str()
		if err != nil || !s.byte(':') {
			return errShape
		}
		switch string(key) {
		case "address":
			err, have.address = s.fixed(l.Address[:]), true
		case "topics":
			l.Topics, err = s.topics()
			have.topics = true
		case "data":
			l.Data, err = s.hexBytes()
			have.data = true
		case "blockNumber":
			l.BlockNumber, err = s.quantity()
		case "blockHash":
			err = s.fixed(l.BlockHash[:])
		case "blockTimestamp":
			l.BlockTimestamp, err = s.quantity()
		case "transactionHash":
			err, have.tx = s.fixed(l.TxHash[:]), true
		case "transactionIndex":
			var n uint64
			n, err = s.quantity()
			l.TxIndex = uint(n)
		case "logIndex":
			var n uint64
			n, err = s.quantity()
			l.Index = uint(n)
		case "removed":
			l.Removed, err = s.boolean()
		default:
			err = s.skip(0, false)
		}
		if err != nil {
			return err
		}
		switch {
		case s.byte(','):
		case s.byte('}'):
			if !have.address || !have.topics || !have.data || !have.tx {
				return errShape
			}
			return nil
		default:
			return errShape
		}
	}
}

func (s *logScanner) topics() ([]common.Hash, error) {
	if !s.byte('[') {
		return nil, errShape
	}
	topics := make([]common.Hash, 0, 4)
	if s.byte(']') {
		return topics, nil
	}
	for {
		var h common.Hash
		if err := s.fixed(h[:]); err != nil {
			return nil, err
		}
		topics = append(topics, h)
		switch {
		case s.byte(','):
		case s.byte(']'):
			return topics, nil
		default:
			return nil, errShape
		}
	}
}

func (s *logScanner) boolean() (bool, error) {
	s.ws()
	switch {
	case len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "true":
		s.i += 4
		return true, nil
	case len(s.b)-s.i >= 5 && string(s.b[s.i:s.i+5]) == "false":
		s.i += 5
		return false, nil
	}
	return false, errShape
}

// skip passes over one value of a field the indexer does not read: a string, a number, true
// or false, or an array or object of those. Strict, it refuses null and strings with escapes,
// for go-ethereum's decoding to decide on; lenient (an error's data, whatever its shape), it
// passes over them too.
func (s *logScanner) skip(depth int, lenient bool) error {
	if depth > 16 && !lenient || depth > 64 {
		return errShape
	}
	switch c := s.peek(); {
	case c == '"' && !lenient:
		_, err := s.str()
		return err
	case c == '"':
		// The string ends at the first quote after an even number of backslashes.
		s.i++
		for {
			n := bytes.IndexByte(s.b[s.i:], '"')
			if n < 0 {
				return errShape
			}
			end, k := s.i+n, s.i+n
			for k > s.i && s.b[k-1] == '\\' {
				k--
			}
			s.i = end + 1
			if (end-k)%2 == 0 {
				return nil
			}
		}
	case c == 'n' && lenient:
		if len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "null" {
			s.i += 4
			return nil
		}
		return errShape
	case c == '[' || c == '{':
		s.i++
		closing := byte(']')
		if c == '{' {
			closing = '}'
		}
		if s.byte(closing) {
			return nil
		}
		for {
			if c == '{' {
				if s.peek() != '"' || s.skip(depth+1, lenient) != nil || !s.byte(':') {
					return errShape
				}
			}
			if err := s.skip(depth+1, lenient); err != nil {
				return err
			}
			switch {
			case s.byte(','):
			case s.byte(closing):
				return nil
			default:
				return errShape
			}
		}
	case c == 't' || c == 'f':
		_, err := s.boolean()
		return err
	case c == '-' || c >= '0' && c <= '9':
		for s.i < len(s.b) && (s.b[s.i] == '-' || s.b[s.i] == '+' || s.b[s.i] == '.' || s.b[s.i] == 'e' || s.b[s.i] == 'E' || s.b[s.i] >= '0' && s.b[s.i] <= '9') {
			s.i++
		}
		return nil
	}
	return errShape // null among them: go-ethereum decides what it means
}
