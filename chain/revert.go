package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/bindings/devaggregator"
	"github.com/ltvkeeper/ltvkeeper/bindings/executor"
	"github.com/ltvkeeper/ltvkeeper/bindings/morphoexecutor"
)

// RevertError is a contract revert decoded against the ABIs of ltvkeeper's contracts:
// its message reads LtvTooHigh(ltv=600000000000000000, max=500000000000000000).
type RevertError struct {
	Name   string   // custom error name, "Error" for require messages, "Panic" for panics
	Fields []string // "name=value" in declaration order
	Data   []byte   // raw revert data
}

func (e *RevertError) Error() string {
	return fmt.Sprintf("%s(%s)", e.Name, strings.Join(e.Fields, ", "))
}

// Is lets errors.Is match a RevertError by name: errors.Is(err, &RevertError{Name: "NotLiquidatable"}).
func (e *RevertError) Is(target error) bool {
	t, ok := target.(*RevertError)
	return ok && t.Name == e.Name
}

var (
	errorsOnce  sync.Once
	errorsByID  map[[4]byte]abi.Error
	panicCodes  = map[uint64]string{0x01: "assert", 0x11: "arithmetic overflow", 0x12: "division by zero", 0x32: "array index out of bounds"}
	stdErrorSel = [4]byte{0x08, 0xc3, 0x79, 0xa0}
	panicSel    = [4]byte{0x4e, 0x48, 0x7b, 0x71}
)

func knownErrors() map[[4]byte]abi.Error {
	errorsOnce.Do(func() {
		errorsByID = make(map[[4]byte]abi.Error)
		for _, md := range []*bind.MetaData{
			&bindings.LendingMarketMetaData, &bindings.MarketFactoryMetaData, &bindings.MockERC20MetaData,
			&bindings.MockPriceFeedMetaData, &bindings.LoanMathHarnessMetaData, &devaggregator.DevAggregatorMetaData,
			&bindings.DevPoolMetaData, &executor.LiquidationExecutorMetaData,
			&morphoexecutor.MorphoLiquidationExecutorMetaData,
		} {
			parsed, err := md.ParseABI()
			if err != nil {
				panic(fmt.Sprintf("generated ABI does not parse: %v", err))
			}
			for _, e := range parsed.Errors {
				errorsByID[[4]byte(e.ID[:4])] = e
			}
		}
	})
	return errorsByID
}

// DecodeRevert decodes revert data into a *RevertError; ok is false when data is not a revert
// this package knows.
func DecodeRevert(data []byte) (*RevertError, bool) {
	if len(data) < 4 {
		return nil, false
	}
	sel := [4]byte(data[:4])
	switch sel {
	case stdErrorSel:
		msg, err := abi.UnpackRevert(data)
		if err != nil {
			return nil, false
		}
		return &RevertError{Name: "Error", Fields: []string{fmt.Sprintf("%q", msg)}, Data: data}, true
	case panicSel:
		code := new(big.Int).SetBytes(data[4:])
		what := panicCodes[code.Uint64()]
		if what == "" {
			what = "code " + code.String()
		}
		return &RevertError{Name: "Panic", Fields: []string{what}, Data: data}, true
	}
	e, ok := knownErrors()[sel]
	if !ok {
		return nil, false
	}
	values, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, false
	}
	fields := make([]string, len(values))
	for i, v := range values {
		fields[i] = fmt.Sprintf("%s=%v", e.Inputs[i].Name, v)
	}
	return &RevertError{Name: e.Name, Fields: fields, Data: data}, true
}

// WithRevert replaces an RPC error carrying revert data by its decoded *RevertError, so that
// callers see "LtvTooHigh(ltv=…, max=…)" instead of "execution reverted". Other errors pass.
func WithRevert(err error) error {
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return err
	}
	var data []byte
	switch d := de.ErrorData().(type) {
	case string:
		data, _ = hexutil.Decode(d)
	case []byte:
		data = d
	}
	if decoded, ok := DecodeRevert(data); ok {
		return decoded
	}
	return err
}

// codeReverted is the JSON-RPC error code of a call that reverted.
const codeReverted = 3

// Reverted says whether err is a node's answer that the call reverted.
func Reverted(err error) bool {
	var rpcErr rpc.Error
	var revert *RevertError
	return errors.As(err, &revert) || (errors.As(err, &rpcErr) && rpcErr.ErrorCode() == codeReverted) ||
		strings.Contains(strings.ToLower(err.Error()), "execution reverted")
}
