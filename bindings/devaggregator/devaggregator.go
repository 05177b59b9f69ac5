// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package devaggregator

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

// DevAggregatorMetaData contains all meta data concerning the DevAggregator contract.
var DevAggregatorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"decimals_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"minAnswer_\",\"type\":\"int192\",\"internalType\":\"int192\"},{\"name\":\"maxAnswer_\",\"type\":\"int192\",\"internalType\":\"int192\"},{\"name\":\"description_\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"description\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getAnswer\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoundData\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"answeredInRound\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getTimestamp\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestAnswer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRound\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRoundData\",\"inputs\":[],\"outputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"answeredInRound\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestTimestamp\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxAnswer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int192\",\"internalType\":\"int192\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minAnswer\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"int192\",\"internalType\":\"int192\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transmit\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int192\",\"internalType\":\"int192\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"event\",\"name\":\"AnswerUpdated\",\"inputs\":[{\"name\":\"current\",\"type\":\"int256\",\"indexed\":true,\"internalType\":\"int256\"},{\"name\":\"roundId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NewRound\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"startedBy\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"NewTransmission\",\"inputs\":[{\"name\":\"aggregatorRoundId\",\"type\":\"uint32\",\"indexed\":true,\"internalType\":\"uint32\"},{\"name\":\"answer\",\"type\":\"int192\",\"indexed\":false,\"internalType\":\"int192\"},{\"name\":\"transmitter\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"observations\",\"type\":\"int192[]\",\"indexed\":false,\"internalType\":\"int192[]\"},{\"name\":\"observers\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"},{\"name\":\"rawReportContext\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"BoundsInverted\",\"inputs\":[{\"name\":\"minAnswer\",\"type\":\"int192\",\"internalType\":\"int192\"},{\"name\":\"maxAnswer\",\"type\":\"int192\",\"internalType\":\"int192\"}]}]",
	ID:  "DevAggregator",
	Bin: "0x610120604052348015610010575f5ffd5b50604051610cba380380610cba83398101604081905261002f916100f7565b8160170b8360170b1315610068576040516384e612af60e01b8152601784810b600483015283900b602482015260440160405180910390fd5b60ff8416608052601783810b60a05282900b60c0525f610088828261026f565b50503360e052505060408051466020808301919091523082840152825180830384018152606090920190925280519101206001600160801b031916610100525061032d565b8051601781900b81146100de575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f6080858703121561010a575f5ffd5b845160ff8116811461011a575f5ffd5b9350610128602086016100cd565b9250610136604086016100cd565b60608601519092506001600160401b03811115610151575f5ffd5b8501601f81018713610161575f5ffd5b80516001600160401b0381111561017a5761017a6100e3565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101a8576101a86100e3565b6040528181528282016020018910156101bf575f5ffd5b8160208401602083015e5f6020838301015280935050505092959194509250565b600181811c908216806101f457607f821691505b60208210810361021257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026a578282111561026a57805f5260205f20601f840160051c602085101561024357505f5b90810190601f840160051c035f5b81811015610266575f83820155600101610251565b5050505b505050565b81516001600160401b03811115610288576102886100e3565b61029c8161029684546101e0565b84610218565b6020601f8211600181146102ce575f83156102b75750848201515b5f19600385901b1c1916600184901b178455610326565b5f84815260208120601f198516915b828110156102fd57878501518255602094850194600190920191016102dd565b508482101561031a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e0516101005161093c61037e5f395f61059601525f818161022301526103b601525f81816101a5015261045401525f818160ee015261042701525f61012d015261093c5ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80638205bf6a116100885780639a6fc8f5116100635780639a6fc8f51461025d578063b5ab58dc146102a7578063b633620c146102ba578063feaf968c146102cd575f5ffd5b80638205bf6a146101dc57806382b8ebc7146102095780638da5cb5b1461021e575f5ffd5b806354fd4d50116100c357806354fd4d501461018a578063668a0f021461019257806370da2f67146101a05780637284e416146101c7575f5ffd5b806322adbc78146100e9578063313ce5671461012857806350d25bcd14610161575b5f5ffd5b6101107f000000000000000000000000000000000000000000000000000000000000000081565b60405160179190910b81526020015b60405180910390f35b61014f7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff909116815260200161011f565b60015463ffffffff165f9081526002602052604090205460170b5b60405190815260200161011f565b61017c600481565b60015463ffffffff1661017c565b6101107f000000000000000000000000000000000000000000000000000000000000000081565b6101cf61031c565b60405161011f91906107a8565b60015463ffffffff165f90815260026020526040902054600160c01b900467ffffffffffffffff1661017c565b61021c6102173660046107dd565b6103ab565b005b6102457f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161011f565b61027061026b366004610804565b610694565b6040805169ffffffffffffffffffff968716815260208101959095528401929092526060830152909116608082015260a00161011f565b61017c6102b536600461082d565b61073c565b61017c6102c836600461082d565b61076b565b61027060015463ffffffff165f81815260026020908152604091829020825180840190935254601781900b808452600160c01b90910467ffffffffffffffff1692909101829052919281908490565b60605f805461032a90610844565b80601f016020809104026020016040519081016040528092919081815260200182805461035690610844565b80156103a15780601f10610378576101008083540402835291602001916103a1565b820191905f5260205f20905b81548152906001019060200180831161038457829003601f168201915b5050505050905090565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104215760405162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b60448201526064015b60405180910390fd5b8060170b7f000000000000000000000000000000000000000000000000000000000000000060170b1315801561047d57507f000000000000000000000000000000000000000000000000000000000000000060170b8160170b13155b6104c95760405162461bcd60e51b815260206004820152601e60248201527f6d656469616e206973206f7574206f66206d696e2d6d61782072616e676500006044820152606401610418565b600180545f916104df9163ffffffff169061087c565b6001805463ffffffff191663ffffffff83169081178255604080518082018252601787900b81524267ffffffffffffffff90811660208084019182525f95865260029052838520925190516001600160c01b03909116600160c01b91909216021790558051838152808201909152929350919081602001602082028036833701905050905082815f81518110610577576105776108aa565b60179290920b6020928302919091019091015260405163ffffffff83167f000000000000000000000000000000000000000000000000000000000000000060581c74ffffffffffffffffffffffffffffffff0000000000168117917ff6a97944f31ea060dfde0566e4167c1a1082551e64b60ecb14d599a9d023d451906106059087903390879087906108be565b60405180910390a26040514281525f9063ffffffff8516907f0109fc6f55cf40689f02fbaad7af7fe7bbac8a3d2186600afc7d3e10cac602719060200160405180910390a38263ffffffff168460170b7f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f4260405161068691815260200190565b60405180910390a350505050565b5f8080808063ffffffff69ffffffffffffffffffff871611156106eb5760405162461bcd60e51b815260206004820152600f60248201526e139bc819185d18481c1c995cd95b9d608a1b6044820152606401610418565b5050505063ffffffff82165f90815260026020908152604091829020825180840190935254601781900b808452600160c01b90910467ffffffffffffffff1692909101829052929390915081908490565b5f63ffffffff82111561075057505f919050565b5063ffffffff165f9081526002602052604090205460170b90565b5f63ffffffff82111561077f57505f919050565b5063ffffffff165f90815260026020526040902054600160c01b900467ffffffffffffffff1690565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156107ed575f5ffd5b81358060170b81146107fd575f5ffd5b9392505050565b5f60208284031215610814575f5ffd5b813569ffffffffffffffffffff811681146107fd575f5ffd5b5f6020828403121561083d575f5ffd5b5035919050565b600181811c9082168061085857607f821691505b60208210810361087657634e487b7160e01b5f52602260045260245ffd5b50919050565b63ffffffff81811683821601908111156108a457634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f60a082018660170b835260018060a01b038616602084015260a0604084015280855180835260c0850191506020870192505f5b8181101561091357835160170b8352602093840193909201916001016108f2565b50508381036060850152600181525f60208201526080909301939093525060400194935050505056",
}

// DevAggregator is an auto generated Go binding around an Ethereum contract.
type DevAggregator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevAggregator) GetABI() abi.ABI {
	return c.abi
}

// NewDevAggregator creates a new instance of DevAggregator.
func NewDevAggregator() *DevAggregator {
	parsed, err := DevAggregatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevAggregator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevAggregator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_, int192 minAnswer_, int192 maxAnswer_, string description_) returns()
func (devAggregator *DevAggregator) PackConstructor(decimals_ uint8, minAnswer_ *big.Int, maxAnswer_ *big.Int, description_ string) []byte {
	enc, err := devAggregator.abi.Pack("", decimals_, minAnswer_, maxAnswer_, description_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (devAggregator *DevAggregator) PackDecimals() []byte {
	enc, err := devAggregator.abi.Pack("decimals")
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
func (devAggregator *DevAggregator) TryPackDecimals() ([]byte, error) {
	return devAggregator.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (devAggregator *DevAggregator) UnpackDecimals(data []byte) (uint8, error) {
	out, err := devAggregator.abi.Unpack("decimals", data)
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
func (devAggregator *DevAggregator) PackDescription() []byte {
	enc, err := devAggregator.abi.Pack("description")
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
func (devAggregator *DevAggregator) TryPackDescription() ([]byte, error) {
	return devAggregator.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (devAggregator *DevAggregator) UnpackDescription(data []byte) (string, error) {
	out, err := devAggregator.abi.Unpack("description", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (devAggregator *DevAggregator) PackGetAnswer(roundId *big.Int) []byte {
	enc, err := devAggregator.abi.Pack("getAnswer", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (devAggregator *DevAggregator) TryPackGetAnswer(roundId *big.Int) ([]byte, error) {
	return devAggregator.abi.Pack("getAnswer", roundId)
}

// UnpackGetAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5ab58dc.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256)
func (devAggregator *DevAggregator) UnpackGetAnswer(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("getAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devAggregator *DevAggregator) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := devAggregator.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devAggregator *DevAggregator) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return devAggregator.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Arg0            *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devAggregator *DevAggregator) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := devAggregator.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (devAggregator *DevAggregator) PackGetTimestamp(roundId *big.Int) []byte {
	enc, err := devAggregator.abi.Pack("getTimestamp", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (devAggregator *DevAggregator) TryPackGetTimestamp(roundId *big.Int) ([]byte, error) {
	return devAggregator.abi.Pack("getTimestamp", roundId)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb633620c.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256)
func (devAggregator *DevAggregator) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("getTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestAnswer() view returns(int256)
func (devAggregator *DevAggregator) PackLatestAnswer() []byte {
	enc, err := devAggregator.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256)
func (devAggregator *DevAggregator) TryPackLatestAnswer() ([]byte, error) {
	return devAggregator.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (devAggregator *DevAggregator) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("latestAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint256)
func (devAggregator *DevAggregator) PackLatestRound() []byte {
	enc, err := devAggregator.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256)
func (devAggregator *DevAggregator) TryPackLatestRound() ([]byte, error) {
	return devAggregator.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (devAggregator *DevAggregator) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("latestRound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (devAggregator *DevAggregator) PackLatestRoundData() []byte {
	enc, err := devAggregator.abi.Pack("latestRoundData")
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
func (devAggregator *DevAggregator) TryPackLatestRoundData() ([]byte, error) {
	return devAggregator.abi.Pack("latestRoundData")
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
func (devAggregator *DevAggregator) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := devAggregator.abi.Unpack("latestRoundData", data)
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

// PackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devAggregator *DevAggregator) PackLatestTimestamp() []byte {
	enc, err := devAggregator.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devAggregator *DevAggregator) TryPackLatestTimestamp() ([]byte, error) {
	return devAggregator.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (devAggregator *DevAggregator) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("latestTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70da2f67.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxAnswer() view returns(int192)
func (devAggregator *DevAggregator) PackMaxAnswer() []byte {
	enc, err := devAggregator.abi.Pack("maxAnswer")
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
func (devAggregator *DevAggregator) TryPackMaxAnswer() ([]byte, error) {
	return devAggregator.abi.Pack("maxAnswer")
}

// UnpackMaxAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70da2f67.
//
// Solidity: function maxAnswer() view returns(int192)
func (devAggregator *DevAggregator) UnpackMaxAnswer(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("maxAnswer", data)
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
func (devAggregator *DevAggregator) PackMinAnswer() []byte {
	enc, err := devAggregator.abi.Pack("minAnswer")
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
func (devAggregator *DevAggregator) TryPackMinAnswer() ([]byte, error) {
	return devAggregator.abi.Pack("minAnswer")
}

// UnpackMinAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x22adbc78.
//
// Solidity: function minAnswer() view returns(int192)
func (devAggregator *DevAggregator) UnpackMinAnswer(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("minAnswer", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (devAggregator *DevAggregator) PackOwner() []byte {
	enc, err := devAggregator.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (devAggregator *DevAggregator) TryPackOwner() ([]byte, error) {
	return devAggregator.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (devAggregator *DevAggregator) UnpackOwner(data []byte) (common.Address, error) {
	out, err := devAggregator.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82b8ebc7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transmit(int192 answer) returns()
func (devAggregator *DevAggregator) PackTransmit(answer *big.Int) []byte {
	enc, err := devAggregator.abi.Pack("transmit", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82b8ebc7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transmit(int192 answer) returns()
func (devAggregator *DevAggregator) TryPackTransmit(answer *big.Int) ([]byte, error) {
	return devAggregator.abi.Pack("transmit", answer)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (devAggregator *DevAggregator) PackVersion() []byte {
	enc, err := devAggregator.abi.Pack("version")
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
func (devAggregator *DevAggregator) TryPackVersion() ([]byte, error) {
	return devAggregator.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (devAggregator *DevAggregator) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := devAggregator.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// DevAggregatorAnswerUpdated represents a AnswerUpdated event raised by the DevAggregator contract.
type DevAggregatorAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DevAggregatorAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (DevAggregatorAnswerUpdated) ContractEventName() string {
	return DevAggregatorAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (devAggregator *DevAggregator) UnpackAnswerUpdatedEvent(log *types.Log) (*DevAggregatorAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevAggregatorAnswerUpdated)
	if len(log.Data) > 0 {
		if err := devAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devAggregator.abi.Events[event].Inputs {
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

// DevAggregatorNewRound represents a NewRound event raised by the DevAggregator contract.
type DevAggregatorNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const DevAggregatorNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (DevAggregatorNewRound) ContractEventName() string {
	return DevAggregatorNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (devAggregator *DevAggregator) UnpackNewRoundEvent(log *types.Log) (*DevAggregatorNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevAggregatorNewRound)
	if len(log.Data) > 0 {
		if err := devAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devAggregator.abi.Events[event].Inputs {
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

// DevAggregatorNewTransmission represents a NewTransmission event raised by the DevAggregator contract.
type DevAggregatorNewTransmission struct {
	AggregatorRoundId uint32
	Answer            *big.Int
	Transmitter       common.Address
	Observations      []*big.Int
	Observers         []byte
	RawReportContext  [32]byte
	Raw               *types.Log // Blockchain specific contextual infos
}

const DevAggregatorNewTransmissionEventName = "NewTransmission"

// ContractEventName returns the user-defined event name.
func (DevAggregatorNewTransmission) ContractEventName() string {
	return DevAggregatorNewTransmissionEventName
}

// UnpackNewTransmissionEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewTransmission(uint32 indexed aggregatorRoundId, int192 answer, address transmitter, int192[] observations, bytes observers, bytes32 rawReportContext)
func (devAggregator *DevAggregator) UnpackNewTransmissionEvent(log *types.Log) (*DevAggregatorNewTransmission, error) {
	event := "NewTransmission"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != devAggregator.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DevAggregatorNewTransmission)
	if len(log.Data) > 0 {
		if err := devAggregator.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range devAggregator.abi.Events[event].Inputs {
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

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (devAggregator *DevAggregator) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devAggregator.abi.Errors["BoundsInverted"].ID.Bytes()[:4]) {
		return devAggregator.UnpackBoundsInvertedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevAggregatorBoundsInverted represents a BoundsInverted error raised by the DevAggregator contract.
type DevAggregatorBoundsInverted struct {
	MinAnswer *big.Int
	MaxAnswer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BoundsInverted(int192 minAnswer, int192 maxAnswer)
func DevAggregatorBoundsInvertedErrorID() common.Hash {
	return common.HexToHash("0x84e612af9f3023bcecd5d78c11316724f674251fe9ae6a9180a69fa0eabee0e2")
}

// UnpackBoundsInvertedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BoundsInverted(int192 minAnswer, int192 maxAnswer)
func (devAggregator *DevAggregator) UnpackBoundsInvertedError(raw []byte) (*DevAggregatorBoundsInverted, error) {
	out := new(DevAggregatorBoundsInverted)
	if err := devAggregator.abi.UnpackIntoInterface(out, "BoundsInverted", raw); err != nil {
		return nil, err
	}
	return out, nil
}
