// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package aggregatorproxy

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

// AggregatorProxyMetaData contains all meta data concerning the AggregatorProxy contract.
var AggregatorProxyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"aggregatorAddress\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previous\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"latest\",\"type\":\"address\"}],\"name\":\"AggregatorConfirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"current\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposed\",\"type\":\"address\"}],\"name\":\"AggregatorProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"OwnershipTransferRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aggregator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"aggregatorAddress\",\"type\":\"address\"}],\"name\":\"confirmAggregator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"id\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"id\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"phaseId\",\"type\":\"uint16\"}],\"name\":\"phaseAggregators\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"phaseId\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"aggregatorAddress\",\"type\":\"address\"}],\"name\":\"proposeAggregator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposedAggregator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"}],\"name\":\"proposedGetRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"id\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposedLatestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"id\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "AggregatorProxy",
	Bin: "0x608060405234801561001057600080fd5b506040516113143803806113148339818101604052602081101561003357600080fd5b5051338060008161008b576040805162461bcd60e51b815260206004820152601860248201527f43616e6e6f7420736574206f776e657220746f207a65726f0000000000000000604482015290519081900360640190fd5b600080546001600160a01b0319166001600160a01b03848116919091179091558116156100bb576100bb816100d3565b5050506100cd8161018260201b60201c565b506101f1565b6001600160a01b038116331415610131576040805162461bcd60e51b815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c66000000000000000000604482015290519081900360640190fd5b600180546001600160a01b0319166001600160a01b0383811691821790925560008054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b60048054604080518082018252600161ffff80851691909101168082526001600160a01b0395909516602091820181905261ffff19909316851762010000600160b01b0319166201000084021790935560009384526003909252912080546001600160a01b0319169091179055565b611114806102006000396000f3fe608060405234801561001057600080fd5b50600436106101375760003560e01c80638da5cb5b116100b8578063b633620c1161007c578063b633620c14610339578063c159730414610356578063e8c4be3014610377578063f2fde38b1461037f578063f8a2abd3146103a5578063feaf968c146103cb57610137565b80638da5cb5b146102c05780638f6b4d91146102c85780639a6fc8f5146102d0578063a928c096146102f6578063b5ab58dc1461031c57610137565b80636001ac53116100ff5780636001ac53146101bf578063668a0f02146102295780637284e4161461023157806379ba5097146102ae5780638205bf6a146102b857610137565b8063245a7bfc1461013c578063313ce5671461016057806350d25bcd1461017e57806354fd4d501461019857806358303b10146101a0575b600080fd5b6101446103d3565b604080516001600160a01b039092168252519081900360200190f35b6101686103e8565b6040805160ff9092168252519081900360200190f35b61018661046c565b60408051918252519081900360200190f35b6101866104bf565b6101a8610512565b6040805161ffff9092168252519081900360200190f35b6101e5600480360360208110156101d557600080fd5b50356001600160501b031661051c565b60405180866001600160501b03168152602001858152602001848152602001838152602001826001600160501b031681526020019550505050505060405180910390f35b61018661062b565b6102396106d0565b6040805160208082528351818301528351919283929083019185019080838360005b8381101561027357818101518382015260200161025b565b50505050905090810190601f1680156102a05780820380516001836020036101000a031916815260200191505b509250505060405180910390f35b6102b6610815565b005b6101866108c4565b610144610917565b6101e5610926565b6101e5600480360360208110156102e657600080fd5b50356001600160501b0316610a2e565b6102b66004803603602081101561030c57600080fd5b50356001600160a01b0316610b28565b6101866004803603602081101561033257600080fd5b5035610c01565b6101866004803603602081101561034f57600080fd5b5035610cde565b6101446004803603602081101561036c57600080fd5b503561ffff16610d84565b610144610da3565b6102b66004803603602081101561039557600080fd5b50356001600160a01b0316610db2565b6102b6600480360360208110156103bb57600080fd5b50356001600160a01b0316610dc6565b6101e5610e27565b6004546201000090046001600160a01b031690565b6000600460000160029054906101000a90046001600160a01b03166001600160a01b031663313ce5676040518163ffffffff1660e01b815260040160206040518083038186803b15801561043b57600080fd5b505afa15801561044f573d6000803e3d6000fd5b505050506040513d602081101561046557600080fd5b5051905090565b6000600460000160029054906101000a90046001600160a01b03166001600160a01b03166350d25bcd6040518163ffffffff1660e01b815260040160206040518083038186803b15801561043b57600080fd5b6000600460000160029054906101000a90046001600160a01b03166001600160a01b03166354fd4d506040518163ffffffff1660e01b815260040160206040518083038186803b15801561043b57600080fd5b60045461ffff1690565b60025460009081908190819081906001600160a01b0316610584576040805162461bcd60e51b815260206004820152601e60248201527f4e6f2070726f706f7365642061676772656761746f722070726573656e740000604482015290519081900360640190fd5b60025460408051639a6fc8f560e01b81526001600160501b038916600482015290516001600160a01b0390921691639a6fc8f59160248082019260a092909190829003018186803b1580156105d857600080fd5b505afa1580156105ec573d6000803e3d6000fd5b505050506040513d60a081101561060257600080fd5b508051602082015160408301516060840151608090940151929a91995097509195509350915050565b6040805180820182526004805461ffff8116808452620100009091046001600160a01b031660208085018290528551633345078160e11b815295516000966106c19563668a0f0293828201939092909190829003018186803b15801561069057600080fd5b505afa1580156106a4573d6000803e3d6000fd5b505050506040513d60208110156106ba57600080fd5b5051610f08565b6001600160501b031691505090565b6060600460000160029054906101000a90046001600160a01b03166001600160a01b0316637284e4166040518163ffffffff1660e01b815260040160006040518083038186803b15801561072357600080fd5b505afa158015610737573d6000803e3d6000fd5b505050506040513d6000823e601f3d908101601f19168201604052602081101561076057600080fd5b810190808051604051939291908464010000000082111561078057600080fd5b90830190602082018581111561079557600080fd5b82516401000000008111828201881017156107af57600080fd5b82525081516020918201929091019080838360005b838110156107dc5781810151838201526020016107c4565b50505050905090810190601f1680156108095780820380516001836020036101000a031916815260200191505b50604052505050905090565b6001546001600160a01b0316331461086d576040805162461bcd60e51b815260206004820152601660248201527526bab9ba10313290383937b837b9b2b21037bbb732b960511b604482015290519081900360640190fd5b60008054336001600160a01b0319808316821784556001805490911690556040516001600160a01b0390921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b6000600460000160029054906101000a90046001600160a01b03166001600160a01b0316638205bf6a6040518163ffffffff1660e01b815260040160206040518083038186803b15801561043b57600080fd5b6000546001600160a01b031690565b60025460009081908190819081906001600160a01b031661098e576040805162461bcd60e51b815260206004820152601e60248201527f4e6f2070726f706f7365642061676772656761746f722070726573656e740000604482015290519081900360640190fd5b600260009054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a06040518083038186803b1580156109dc57600080fd5b505afa1580156109f0573d6000803e3d6000fd5b505050506040513d60a0811015610a0657600080fd5b5080516020820151604083015160608401516080909401519299919850965091945092509050565b6000806000806000806000610a4b886001600160501b0316610f28565b61ffff821660009081526003602052604090819020548151639a6fc8f560e01b815267ffffffffffffffff8416600482015291519395509193506001600160a01b0390911691639a6fc8f59160248082019260a092909190829003018186803b158015610ab757600080fd5b505afa158015610acb573d6000803e3d6000fd5b505050506040513d60a0811015610ae157600080fd5b508051602082015160408301516060840151608090940151929a5090985096509094509250610b14878787878787610f30565b939c929b5090995097509095509350505050565b610b30610f66565b6002546001600160a01b03828116911614610b92576040805162461bcd60e51b815260206004820152601b60248201527f496e76616c69642070726f706f7365642061676772656761746f720000000000604482015290519081900360640190fd5b600454600280546001600160a01b03191690556201000090046001600160a01b0316610bbd82610fc0565b816001600160a01b0316816001600160a01b03167f33745f67a407dcb785417f9c123dd3641479a102674b6e35c1f10975625b90e960405160405180910390a35050565b60006001600160501b03821115610c1a57506000610cd9565b600080610c2684610f28565b61ffff821660009081526003602052604090205491935091506001600160a01b031680610c595760009350505050610cd9565b806001600160a01b031663b5ab58dc836040518263ffffffff1660e01b8152600401808267ffffffffffffffff16815260200191505060206040518083038186803b158015610ca757600080fd5b505afa158015610cbb573d6000803e3d6000fd5b505050506040513d6020811015610cd157600080fd5b505193505050505b919050565b60006001600160501b03821115610cf757506000610cd9565b600080610d0384610f28565b61ffff821660009081526003602052604090205491935091506001600160a01b031680610d365760009350505050610cd9565b806001600160a01b031663b633620c836040518263ffffffff1660e01b8152600401808267ffffffffffffffff16815260200191505060206040518083038186803b158015610ca757600080fd5b61ffff166000908152600360205260409020546001600160a01b031690565b6002546001600160a01b031690565b610dba610f66565b610dc38161102f565b50565b610dce610f66565b600280546001600160a01b0319166001600160a01b0383811691821790925560045460405191926201000090910416907fc0f151710f03d713b71d9970cee0d5b11ddc9a7552abaa3f6ee818010f21600d90600090a350565b6040805180820182526004805461ffff811683526201000090046001600160a01b0316602083018190528351633fabe5a360e21b8152935160009485948594859485949293909263feaf968c928281019260a0929190829003018186803b158015610e9157600080fd5b505afa158015610ea5573d6000803e3d6000fd5b505050506040513d60a0811015610ebb57600080fd5b5080516020820151604083015160608401516080909401518551939a509198509650919450909250610ef69087908790879087908790610f30565b95509550955095509550509091929394565b67ffffffffffffffff1660409190911b69ffff0000000000000000161790565b604081901c91565b6000806000806000610f42868c610f08565b8a8a8a610f4f8a8c610f08565b939f929e50909c509a509098509650505050505050565b6000546001600160a01b03163314610fbe576040805162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b604482015290519081900360640190fd5b565b60048054604080518082018252600161ffff80851691909101168082526001600160a01b0395909516602091820181905261ffff19909316851762010000600160b01b0319166201000084021790935560009384526003909252912080546001600160a01b0319169091179055565b6001600160a01b03811633141561108d576040805162461bcd60e51b815260206004820152601760248201527f43616e6e6f74207472616e7366657220746f2073656c66000000000000000000604482015290519081900360640190fd5b600180546001600160a01b0319166001600160a01b0383811691821790925560008054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a35056fea2646970667358221220a7061c2d085d034107b7e3c528ea2fc928c02c530944300528381401deed385564736f6c63430007060033",
}

// AggregatorProxy is an auto generated Go binding around an Ethereum contract.
type AggregatorProxy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AggregatorProxy) GetABI() abi.ABI {
	return c.abi
}

// NewAggregatorProxy creates a new instance of AggregatorProxy.
func NewAggregatorProxy() *AggregatorProxy {
	parsed, err := AggregatorProxyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AggregatorProxy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AggregatorProxy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address aggregatorAddress) returns()
func (aggregatorProxy *AggregatorProxy) PackConstructor(aggregatorAddress common.Address) []byte {
	enc, err := aggregatorProxy.abi.Pack("", aggregatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (aggregatorProxy *AggregatorProxy) PackAcceptOwnership() []byte {
	enc, err := aggregatorProxy.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (aggregatorProxy *AggregatorProxy) TryPackAcceptOwnership() ([]byte, error) {
	return aggregatorProxy.abi.Pack("acceptOwnership")
}

// PackAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245a7bfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregator() view returns(address)
func (aggregatorProxy *AggregatorProxy) PackAggregator() []byte {
	enc, err := aggregatorProxy.abi.Pack("aggregator")
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
func (aggregatorProxy *AggregatorProxy) TryPackAggregator() ([]byte, error) {
	return aggregatorProxy.abi.Pack("aggregator")
}

// UnpackAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (aggregatorProxy *AggregatorProxy) UnpackAggregator(data []byte) (common.Address, error) {
	out, err := aggregatorProxy.abi.Unpack("aggregator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackConfirmAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa928c096.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmAggregator(address aggregatorAddress) returns()
func (aggregatorProxy *AggregatorProxy) PackConfirmAggregator(aggregatorAddress common.Address) []byte {
	enc, err := aggregatorProxy.abi.Pack("confirmAggregator", aggregatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa928c096.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmAggregator(address aggregatorAddress) returns()
func (aggregatorProxy *AggregatorProxy) TryPackConfirmAggregator(aggregatorAddress common.Address) ([]byte, error) {
	return aggregatorProxy.abi.Pack("confirmAggregator", aggregatorAddress)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (aggregatorProxy *AggregatorProxy) PackDecimals() []byte {
	enc, err := aggregatorProxy.abi.Pack("decimals")
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
func (aggregatorProxy *AggregatorProxy) TryPackDecimals() ([]byte, error) {
	return aggregatorProxy.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (aggregatorProxy *AggregatorProxy) UnpackDecimals(data []byte) (uint8, error) {
	out, err := aggregatorProxy.abi.Unpack("decimals", data)
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
func (aggregatorProxy *AggregatorProxy) PackDescription() []byte {
	enc, err := aggregatorProxy.abi.Pack("description")
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
func (aggregatorProxy *AggregatorProxy) TryPackDescription() ([]byte, error) {
	return aggregatorProxy.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (aggregatorProxy *AggregatorProxy) UnpackDescription(data []byte) (string, error) {
	out, err := aggregatorProxy.abi.Unpack("description", data)
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
// Solidity: function getAnswer(uint256 roundId) view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) PackGetAnswer(roundId *big.Int) []byte {
	enc, err := aggregatorProxy.abi.Pack("getAnswer", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) TryPackGetAnswer(roundId *big.Int) ([]byte, error) {
	return aggregatorProxy.abi.Pack("getAnswer", roundId)
}

// UnpackGetAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5ab58dc.
//
// Solidity: function getAnswer(uint256 roundId) view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) UnpackGetAnswer(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("getAnswer", data)
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
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := aggregatorProxy.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return aggregatorProxy.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Id              *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := aggregatorProxy.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Id = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) PackGetTimestamp(roundId *big.Int) []byte {
	enc, err := aggregatorProxy.abi.Pack("getTimestamp", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) TryPackGetTimestamp(roundId *big.Int) ([]byte, error) {
	return aggregatorProxy.abi.Pack("getTimestamp", roundId)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb633620c.
//
// Solidity: function getTimestamp(uint256 roundId) view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("getTimestamp", data)
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
// Solidity: function latestAnswer() view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) PackLatestAnswer() []byte {
	enc, err := aggregatorProxy.abi.Pack("latestAnswer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d25bcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestAnswer() view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) TryPackLatestAnswer() ([]byte, error) {
	return aggregatorProxy.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256 answer)
func (aggregatorProxy *AggregatorProxy) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("latestAnswer", data)
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
// Solidity: function latestRound() view returns(uint256 roundId)
func (aggregatorProxy *AggregatorProxy) PackLatestRound() []byte {
	enc, err := aggregatorProxy.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint256 roundId)
func (aggregatorProxy *AggregatorProxy) TryPackLatestRound() ([]byte, error) {
	return aggregatorProxy.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256 roundId)
func (aggregatorProxy *AggregatorProxy) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("latestRound", data)
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
// Solidity: function latestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) PackLatestRoundData() []byte {
	enc, err := aggregatorProxy.abi.Pack("latestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfeaf968c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) TryPackLatestRoundData() ([]byte, error) {
	return aggregatorProxy.abi.Pack("latestRoundData")
}

// LatestRoundDataOutput serves as a container for the return parameters of contract
// method LatestRoundData.
type LatestRoundDataOutput struct {
	Id              *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfeaf968c.
//
// Solidity: function latestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := aggregatorProxy.abi.Unpack("latestRoundData", data)
	outstruct := new(LatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Id = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) PackLatestTimestamp() []byte {
	enc, err := aggregatorProxy.abi.Pack("latestTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8205bf6a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) TryPackLatestTimestamp() ([]byte, error) {
	return aggregatorProxy.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("latestTimestamp", data)
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
func (aggregatorProxy *AggregatorProxy) PackOwner() []byte {
	enc, err := aggregatorProxy.abi.Pack("owner")
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
func (aggregatorProxy *AggregatorProxy) TryPackOwner() ([]byte, error) {
	return aggregatorProxy.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (aggregatorProxy *AggregatorProxy) UnpackOwner(data []byte) (common.Address, error) {
	out, err := aggregatorProxy.abi.Unpack("owner", data)
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
func (aggregatorProxy *AggregatorProxy) PackPhaseAggregators(phaseId uint16) []byte {
	enc, err := aggregatorProxy.abi.Pack("phaseAggregators", phaseId)
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
func (aggregatorProxy *AggregatorProxy) TryPackPhaseAggregators(phaseId uint16) ([]byte, error) {
	return aggregatorProxy.abi.Pack("phaseAggregators", phaseId)
}

// UnpackPhaseAggregators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1597304.
//
// Solidity: function phaseAggregators(uint16 phaseId) view returns(address)
func (aggregatorProxy *AggregatorProxy) UnpackPhaseAggregators(data []byte) (common.Address, error) {
	out, err := aggregatorProxy.abi.Unpack("phaseAggregators", data)
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
func (aggregatorProxy *AggregatorProxy) PackPhaseId() []byte {
	enc, err := aggregatorProxy.abi.Pack("phaseId")
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
func (aggregatorProxy *AggregatorProxy) TryPackPhaseId() ([]byte, error) {
	return aggregatorProxy.abi.Pack("phaseId")
}

// UnpackPhaseId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58303b10.
//
// Solidity: function phaseId() view returns(uint16)
func (aggregatorProxy *AggregatorProxy) UnpackPhaseId(data []byte) (uint16, error) {
	out, err := aggregatorProxy.abi.Unpack("phaseId", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackProposeAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8a2abd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeAggregator(address aggregatorAddress) returns()
func (aggregatorProxy *AggregatorProxy) PackProposeAggregator(aggregatorAddress common.Address) []byte {
	enc, err := aggregatorProxy.abi.Pack("proposeAggregator", aggregatorAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8a2abd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeAggregator(address aggregatorAddress) returns()
func (aggregatorProxy *AggregatorProxy) TryPackProposeAggregator(aggregatorAddress common.Address) ([]byte, error) {
	return aggregatorProxy.abi.Pack("proposeAggregator", aggregatorAddress)
}

// PackProposedAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c4be30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedAggregator() view returns(address)
func (aggregatorProxy *AggregatorProxy) PackProposedAggregator() []byte {
	enc, err := aggregatorProxy.abi.Pack("proposedAggregator")
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
func (aggregatorProxy *AggregatorProxy) TryPackProposedAggregator() ([]byte, error) {
	return aggregatorProxy.abi.Pack("proposedAggregator")
}

// UnpackProposedAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8c4be30.
//
// Solidity: function proposedAggregator() view returns(address)
func (aggregatorProxy *AggregatorProxy) UnpackProposedAggregator(data []byte) (common.Address, error) {
	out, err := aggregatorProxy.abi.Unpack("proposedAggregator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackProposedGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6001ac53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedGetRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) PackProposedGetRoundData(roundId *big.Int) []byte {
	enc, err := aggregatorProxy.abi.Pack("proposedGetRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposedGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6001ac53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposedGetRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) TryPackProposedGetRoundData(roundId *big.Int) ([]byte, error) {
	return aggregatorProxy.abi.Pack("proposedGetRoundData", roundId)
}

// ProposedGetRoundDataOutput serves as a container for the return parameters of contract
// method ProposedGetRoundData.
type ProposedGetRoundDataOutput struct {
	Id              *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackProposedGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6001ac53.
//
// Solidity: function proposedGetRoundData(uint80 roundId) view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) UnpackProposedGetRoundData(data []byte) (ProposedGetRoundDataOutput, error) {
	out, err := aggregatorProxy.abi.Unpack("proposedGetRoundData", data)
	outstruct := new(ProposedGetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Id = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackProposedLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6b4d91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) PackProposedLatestRoundData() []byte {
	enc, err := aggregatorProxy.abi.Pack("proposedLatestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposedLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6b4d91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) TryPackProposedLatestRoundData() ([]byte, error) {
	return aggregatorProxy.abi.Pack("proposedLatestRoundData")
}

// ProposedLatestRoundDataOutput serves as a container for the return parameters of contract
// method ProposedLatestRoundData.
type ProposedLatestRoundDataOutput struct {
	Id              *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackProposedLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f6b4d91.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 id, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (aggregatorProxy *AggregatorProxy) UnpackProposedLatestRoundData(data []byte) (ProposedLatestRoundDataOutput, error) {
	out, err := aggregatorProxy.abi.Unpack("proposedLatestRoundData", data)
	outstruct := new(ProposedLatestRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Id = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Answer = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.StartedAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.UpdatedAt = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.AnsweredInRound = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address to) returns()
func (aggregatorProxy *AggregatorProxy) PackTransferOwnership(to common.Address) []byte {
	enc, err := aggregatorProxy.abi.Pack("transferOwnership", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address to) returns()
func (aggregatorProxy *AggregatorProxy) TryPackTransferOwnership(to common.Address) ([]byte, error) {
	return aggregatorProxy.abi.Pack("transferOwnership", to)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (aggregatorProxy *AggregatorProxy) PackVersion() []byte {
	enc, err := aggregatorProxy.abi.Pack("version")
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
func (aggregatorProxy *AggregatorProxy) TryPackVersion() ([]byte, error) {
	return aggregatorProxy.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (aggregatorProxy *AggregatorProxy) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := aggregatorProxy.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// AggregatorProxyAggregatorConfirmed represents a AggregatorConfirmed event raised by the AggregatorProxy contract.
type AggregatorProxyAggregatorConfirmed struct {
	Previous common.Address
	Latest   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyAggregatorConfirmedEventName = "AggregatorConfirmed"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyAggregatorConfirmed) ContractEventName() string {
	return AggregatorProxyAggregatorConfirmedEventName
}

// UnpackAggregatorConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AggregatorConfirmed(address indexed previous, address indexed latest)
func (aggregatorProxy *AggregatorProxy) UnpackAggregatorConfirmedEvent(log *types.Log) (*AggregatorProxyAggregatorConfirmed, error) {
	event := "AggregatorConfirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyAggregatorConfirmed)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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

// AggregatorProxyAggregatorProposed represents a AggregatorProposed event raised by the AggregatorProxy contract.
type AggregatorProxyAggregatorProposed struct {
	Current  common.Address
	Proposed common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyAggregatorProposedEventName = "AggregatorProposed"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyAggregatorProposed) ContractEventName() string {
	return AggregatorProxyAggregatorProposedEventName
}

// UnpackAggregatorProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AggregatorProposed(address indexed current, address indexed proposed)
func (aggregatorProxy *AggregatorProxy) UnpackAggregatorProposedEvent(log *types.Log) (*AggregatorProxyAggregatorProposed, error) {
	event := "AggregatorProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyAggregatorProposed)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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

// AggregatorProxyAnswerUpdated represents a AnswerUpdated event raised by the AggregatorProxy contract.
type AggregatorProxyAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyAnswerUpdated) ContractEventName() string {
	return AggregatorProxyAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (aggregatorProxy *AggregatorProxy) UnpackAnswerUpdatedEvent(log *types.Log) (*AggregatorProxyAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyAnswerUpdated)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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

// AggregatorProxyNewRound represents a NewRound event raised by the AggregatorProxy contract.
type AggregatorProxyNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyNewRound) ContractEventName() string {
	return AggregatorProxyNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (aggregatorProxy *AggregatorProxy) UnpackNewRoundEvent(log *types.Log) (*AggregatorProxyNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyNewRound)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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

// AggregatorProxyOwnershipTransferRequested represents a OwnershipTransferRequested event raised by the AggregatorProxy contract.
type AggregatorProxyOwnershipTransferRequested struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyOwnershipTransferRequestedEventName = "OwnershipTransferRequested"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyOwnershipTransferRequested) ContractEventName() string {
	return AggregatorProxyOwnershipTransferRequestedEventName
}

// UnpackOwnershipTransferRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferRequested(address indexed from, address indexed to)
func (aggregatorProxy *AggregatorProxy) UnpackOwnershipTransferRequestedEvent(log *types.Log) (*AggregatorProxyOwnershipTransferRequested, error) {
	event := "OwnershipTransferRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyOwnershipTransferRequested)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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

// AggregatorProxyOwnershipTransferred represents a OwnershipTransferred event raised by the AggregatorProxy contract.
type AggregatorProxyOwnershipTransferred struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const AggregatorProxyOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (AggregatorProxyOwnershipTransferred) ContractEventName() string {
	return AggregatorProxyOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed from, address indexed to)
func (aggregatorProxy *AggregatorProxy) UnpackOwnershipTransferredEvent(log *types.Log) (*AggregatorProxyOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != aggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AggregatorProxyOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := aggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range aggregatorProxy.abi.Events[event].Inputs {
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
