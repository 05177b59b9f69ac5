// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package chainlink

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AggregatorProxyInterfaceMetaData contains all meta data concerning the AggregatorProxyInterface contract.
var AggregatorProxyInterfaceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"aggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"phaseAggregators\",\"inputs\":[{\"name\":\"phaseId\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"phaseId\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"proposedAggregator\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AggregatorConfirmed\",\"inputs\":[{\"name\":\"previous\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"latest\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"AggregatorProposed\",\"inputs\":[{\"name\":\"current\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"proposed\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false}]",
	ID:  "AggregatorProxyInterface",
}

// AggregatorProxyInterface is an auto generated Go binding around an Ethereum contract.
type AggregatorProxyInterface struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AggregatorProxyInterface) GetABI() abi.ABI {
	return c.abi
}

// NewAggregatorProxyInterface creates a new instance of AggregatorProxyInterface.
func NewAggregatorProxyInterface() *AggregatorProxyInterface {
	parsed, err := AggregatorProxyInterfaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AggregatorProxyInterface{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AggregatorProxyInterface) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245a7bfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) PackAggregator() []byte {
	enc, err := aggregatorProxyInterface.abi.Pack("aggregator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245a7bfc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) TryPackAggregator() ([]byte, error) {
	return aggregatorProxyInterface.abi.Pack("aggregator")
}

// UnpackAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackAggregator(data []byte) (common.Address, error) {
	out, err := aggregatorProxyInterface.abi.Unpack("aggregator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPhaseAggregators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1597304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function phaseAggregators(uint16 phaseId) view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) PackPhaseAggregators(phaseId uint16) []byte {
	enc, err := aggregatorProxyInterface.abi.Pack("phaseAggregators", phaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhaseAggregators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1597304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function phaseAggregators(uint16 phaseId) view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) TryPackPhaseAggregators(phaseId uint16) ([]byte, error) {
	return aggregatorProxyInterface.abi.Pack("phaseAggregators", phaseId)
}

// UnpackPhaseAggregators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1597304.
//
// Solidity: function phaseAggregators(uint16 phaseId) view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackPhaseAggregators(data []byte) (common.Address, error) {
	out, err := aggregatorProxyInterface.abi.Unpack("phaseAggregators", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPhaseId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58303b10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function phaseId() view returns(uint16)
func (aggregatorProxyInterface *AggregatorProxyInterface) PackPhaseId() []byte {
	enc, err := aggregatorProxyInterface.abi.Pack("phaseId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhaseId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58303b10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function phaseId() view returns(uint16)
func (aggregatorProxyInterface *AggregatorProxyInterface) TryPackPhaseId() ([]byte, error) {
	return aggregatorProxyInterface.abi.Pack("phaseId")
}

// UnpackPhaseId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58303b10.
//
// Solidity: function phaseId() view returns(uint16)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackPhaseId(data []byte) (uint16, error) {
	out, err := aggregatorProxyInterface.abi.Unpack("phaseId", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackProposedAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c4be30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedAggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) PackProposedAggregator() []byte {
	enc, err := aggregatorProxyInterface.abi.Pack("proposedAggregator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposedAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c4be30.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposedAggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) TryPackProposedAggregator() ([]byte, error) {
	return aggregatorProxyInterface.abi.Pack("proposedAggregator")
}

// UnpackProposedAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8c4be30.
//
// Solidity: function proposedAggregator() view returns(address)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackProposedAggregator(data []byte) (common.Address, error) {
	out, err := aggregatorProxyInterface.abi.Unpack("proposedAggregator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// AggregatorProxyInterfaceAggregatorConfirmed represents a AggregatorConfirmed event raised by the AggregatorProxyInterface contract.
type AggregatorProxyInterfaceAggregatorConfirmed struct {
	Previous common.Address
	Latest   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyInterfaceAggregatorConfirmedEventName = "AggregatorConfirmed"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyInterfaceAggregatorConfirmed) ContractEventName() string {
	return AggregatorProxyInterfaceAggregatorConfirmedEventName
}

// UnpackAggregatorConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AggregatorConfirmed(address indexed previous, address indexed latest)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackAggregatorConfirmedEvent(log *types.Log) (*AggregatorProxyInterfaceAggregatorConfirmed, error) {
	event := "AggregatorConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxyInterface.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyInterfaceAggregatorConfirmed)
	if len(log.Data) > 0 {
		if err := aggregatorProxyInterface.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxyInterface.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AggregatorProxyInterfaceAggregatorProposed represents a AggregatorProposed event raised by the AggregatorProxyInterface contract.
type AggregatorProxyInterfaceAggregatorProposed struct {
	Current  common.Address
	Proposed common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyInterfaceAggregatorProposedEventName = "AggregatorProposed"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyInterfaceAggregatorProposed) ContractEventName() string {
	return AggregatorProxyInterfaceAggregatorProposedEventName
}

// UnpackAggregatorProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AggregatorProposed(address indexed current, address indexed proposed)
func (aggregatorProxyInterface *AggregatorProxyInterface) UnpackAggregatorProposedEvent(log *types.Log) (*AggregatorProxyInterfaceAggregatorProposed, error) {
	event := "AggregatorProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxyInterface.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyInterfaceAggregatorProposed)
	if len(log.Data) > 0 {
		if err := aggregatorProxyInterface.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxyInterface.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AggregatorV3InterfaceMetaData contains all meta data concerning the AggregatorV3Interface contract.
var AggregatorV3InterfaceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"description\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoundData\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"outputs\":[{\"name\":\"roundId_\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"answeredInRound\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRoundData\",\"inputs\":[],\"outputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"answeredInRound\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AnswerUpdated\",\"inputs\":[{\"name\":\"current\",\"type\":\"int256\",\"indexed\":true,\"internalType\":\"int256\"},{\"name\":\"roundId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false}]",
	ID:  "AggregatorV3Interface",
}

// AggregatorV3Interface is an auto generated Go binding around an Ethereum contract.
type AggregatorV3Interface struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AggregatorV3Interface) GetABI() abi.ABI {
	return c.abi
}

// NewAggregatorV3Interface creates a new instance of AggregatorV3Interface.
func NewAggregatorV3Interface() *AggregatorV3Interface {
	parsed, err := AggregatorV3InterfaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AggregatorV3Interface{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AggregatorV3Interface) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aggregatorV3Interface *AggregatorV3Interface) PackDecimals() []byte {
	enc, err := aggregatorV3Interface.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (aggregatorV3Interface *AggregatorV3Interface) TryPackDecimals() ([]byte, error) {
	return aggregatorV3Interface.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aggregatorV3Interface.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function description() view returns(string)
func (aggregatorV3Interface *AggregatorV3Interface) PackDescription() []byte {
	enc, err := aggregatorV3Interface.abi.Pack("description")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDescription is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7284e416.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function description() view returns(string)
func (aggregatorV3Interface *AggregatorV3Interface) TryPackDescription() ([]byte, error) {
	return aggregatorV3Interface.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackDescription(data []byte) (string, error) {
	out, err := aggregatorV3Interface.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 roundId_, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := aggregatorV3Interface.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 roundId_, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return aggregatorV3Interface.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 roundId_, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := aggregatorV3Interface.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) PackLatestRoundData() []byte {
	enc, err := aggregatorV3Interface.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) TryPackLatestRoundData() ([]byte, error) {
	return aggregatorV3Interface.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := aggregatorV3Interface.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RoundId = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (aggregatorV3Interface *AggregatorV3Interface) PackVersion() []byte {
	enc, err := aggregatorV3Interface.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() view returns(uint256)
func (aggregatorV3Interface *AggregatorV3Interface) TryPackVersion() ([]byte, error) {
	return aggregatorV3Interface.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := aggregatorV3Interface.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AggregatorV3InterfaceAnswerUpdated represents a AnswerUpdated event raised by the AggregatorV3Interface contract.
type AggregatorV3InterfaceAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AggregatorV3InterfaceAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (AggregatorV3InterfaceAnswerUpdated) ContractEventName() string {
	return AggregatorV3InterfaceAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (aggregatorV3Interface *AggregatorV3Interface) UnpackAnswerUpdatedEvent(log *types.Log) (*AggregatorV3InterfaceAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorV3Interface.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorV3InterfaceAnswerUpdated)
	if len(log.Data) > 0 {
		if err := aggregatorV3Interface.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorV3Interface.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// OffchainAggregatorInterfaceMetaData contains all meta data concerning the OffchainAggregatorInterface contract.
var OffchainAggregatorInterfaceMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"maxAnswer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int192\",\"internalType\":\"int192\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minAnswer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int192\",\"internalType\":\"int192\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"NewTransmission\",\"inputs\":[{\"name\":\"aggregatorRoundId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"answer\",\"type\":\"int192\",\"indexed\":false,\"internalType\":\"int192\"},{\"name\":\"transmitter\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"observations\",\"type\":\"int192[]\",\"indexed\":false,\"internalType\":\"int192[]\"},{\"name\":\"observers\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"rawReportContext\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false}]",
	ID:  "OffchainAggregatorInterface",
}

// OffchainAggregatorInterface is an auto generated Go binding around an Ethereum contract.
type OffchainAggregatorInterface struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *OffchainAggregatorInterface) GetABI() abi.ABI {
	return c.abi
}

// NewOffchainAggregatorInterface creates a new instance of OffchainAggregatorInterface.
func NewOffchainAggregatorInterface() *OffchainAggregatorInterface {
	parsed, err := OffchainAggregatorInterfaceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &OffchainAggregatorInterface{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *OffchainAggregatorInterface) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) PackMaxAnswer() []byte {
	enc, err := offchainAggregatorInterface.abi.Pack("maxAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) TryPackMaxAnswer() ([]byte, error) {
	return offchainAggregatorInterface.abi.Pack("maxAnswer")
}

// UnpackMaxAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70da2f67.
//
// Solidity: function maxAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) UnpackMaxAnswer(data []byte) (*big.Int, error) {
	out, err := offchainAggregatorInterface.abi.Unpack("maxAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) PackMinAnswer() []byte {
	enc, err := offchainAggregatorInterface.abi.Pack("minAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x22adbc78.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) TryPackMinAnswer() ([]byte, error) {
	return offchainAggregatorInterface.abi.Pack("minAnswer")
}

// UnpackMinAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22adbc78.
//
// Solidity: function minAnswer() view returns(int192)
func (offchainAggregatorInterface *OffchainAggregatorInterface) UnpackMinAnswer(data []byte) (*big.Int, error) {
	out, err := offchainAggregatorInterface.abi.Unpack("minAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// OffchainAggregatorInterfaceNewTransmission represents a NewTransmission event raised by the OffchainAggregatorInterface contract.
type OffchainAggregatorInterfaceNewTransmission struct {
	AggregatorRoundId uint32
	Answer            *big.Int
	Transmitter       common.Address
	Observations      []*big.Int
	Observers         []byte
	RawReportContext  [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const OffchainAggregatorInterfaceNewTransmissionEventName = "NewTransmission"

// ContractEventName returns the user-defined event name.
func (OffchainAggregatorInterfaceNewTransmission) ContractEventName() string {
	return OffchainAggregatorInterfaceNewTransmissionEventName
}

// UnpackNewTransmissionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewTransmission(uint32 indexed aggregatorRoundId, int192 answer, address transmitter, int192[] observations, bytes observers, bytes32 rawReportContext)
func (offchainAggregatorInterface *OffchainAggregatorInterface) UnpackNewTransmissionEvent(log *types.Log) (*OffchainAggregatorInterfaceNewTransmission, error) {
	event := "NewTransmission"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != offchainAggregatorInterface.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(OffchainAggregatorInterfaceNewTransmission)
	if len(log.Data) > 0 {
		if err := offchainAggregatorInterface.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range offchainAggregatorInterface.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}
