// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package eacaggregatorproxy

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

// EACAggregatorProxyMetaData contains all meta data concerning the EACAggregatorProxy contract.
var EACAggregatorProxyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_aggregator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"_accessController\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"int256\",\"name\":\"current\",\"type\":\"int256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"}],\"name\":\"AnswerUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"roundId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"startedBy\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"}],\"name\":\"NewRound\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"OwnershipTransferRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"acceptOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"accessController\",\"outputs\":[{\"internalType\":\"contractAccessControllerInterface\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"aggregator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_aggregator\",\"type\":\"address\"}],\"name\":\"confirmAggregator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"description\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_roundId\",\"type\":\"uint256\"}],\"name\":\"getAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"_roundId\",\"type\":\"uint80\"}],\"name\":\"getRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"_roundId\",\"type\":\"uint256\"}],\"name\":\"getTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestAnswer\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRound\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"latestTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"name\":\"phaseAggregators\",\"outputs\":[{\"internalType\":\"contractAggregatorV2V3Interface\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"phaseId\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_aggregator\",\"type\":\"address\"}],\"name\":\"proposeAggregator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposedAggregator\",\"outputs\":[{\"internalType\":\"contractAggregatorV2V3Interface\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint80\",\"name\":\"_roundId\",\"type\":\"uint80\"}],\"name\":\"proposedGetRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposedLatestRoundData\",\"outputs\":[{\"internalType\":\"uint80\",\"name\":\"roundId\",\"type\":\"uint80\"},{\"internalType\":\"int256\",\"name\":\"answer\",\"type\":\"int256\"},{\"internalType\":\"uint256\",\"name\":\"startedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"updatedAt\",\"type\":\"uint256\"},{\"internalType\":\"uint80\",\"name\":\"answeredInRound\",\"type\":\"uint80\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_accessController\",\"type\":\"address\"}],\"name\":\"setController\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"_to\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"version\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "EACAggregatorProxy",
	Bin: "0x608060405234801561001057600080fd5b5060405162001d0638038062001d068339818101604052604081101561003557600080fd5b508051602090910151600080546001600160a01b0319163317905581610063816001600160e01b0361007d16565b50610076816001600160e01b036100ec16565b505061016d565b60028054604080518082018252600161ffff80851691909101168082526001600160a01b0395909516602091820181905261ffff19909316851762010000600160b01b0319166201000084021790935560009384526004909252912080546001600160a01b0319169091179055565b6000546001600160a01b0316331461014b576040805162461bcd60e51b815260206004820152601660248201527f4f6e6c792063616c6c61626c65206279206f776e657200000000000000000000604482015290519081900360640190fd5b600580546001600160a01b0319166001600160a01b0392909216919091179055565b611b89806200017d6000396000f3fe608060405234801561001057600080fd5b506004361061014d5760003560e01c80638f6b4d91116100c3578063bc43cbaf1161007c578063bc43cbaf1461038a578063c159730414610392578063e8c4be30146103b3578063f2fde38b146103bb578063f8a2abd3146103e1578063feaf968c146104075761014d565b80638f6b4d91146102d657806392eefe9b146102de5780639a6fc8f514610304578063a928c0961461032a578063b5ab58dc14610350578063b633620c1461036d5761014d565b80636001ac53116101155780636001ac53146101d5578063668a0f02146102375780637284e4161461023f57806379ba5097146102bc5780638205bf6a146102c65780638da5cb5b146102ce5761014d565b8063245a7bfc14610152578063313ce5671461017657806350d25bcd1461019457806354fd4d50146101ae57806358303b10146101b6575b600080fd5b61015a61040f565b604080516001600160a01b039092168252519081900360200190f35b61017e610424565b6040805160ff9092168252519081900360200190f35b61019c6104a8565b60408051918252519081900360200190f35b61019c6105b0565b6101be610603565b6040805161ffff9092168252519081900360200190f35b6101fb600480360360208110156101eb57600080fd5b50356001600160501b031661060d565b604080516001600160501b0396871681526020810195909552848101939093526060840191909152909216608082015290519081900360a00190f35b61019c610776565b610247610878565b6040805160208082528351818301528351919283929083019185019080838360005b83811015610281578181015183820152602001610269565b50505050905090810190601f1680156102ae5780820380516001836020036101000a031916815260200191505b509250505060405180910390f35b6102c46109bd565b005b61019c610a6c565b61015a610b6e565b6101fb610b7d565b6102c4600480360360208110156102f457600080fd5b50356001600160a01b0316610ce4565b6101fb6004803603602081101561031a57600080fd5b50356001600160501b0316610d5e565b6102c46004803603602081101561034057600080fd5b50356001600160a01b0316610e69565b61019c6004803603602081101561036657600080fd5b5035610f3f565b61019c6004803603602081101561038357600080fd5b5035611049565b61015a61114c565b61015a600480360360208110156103a857600080fd5b503561ffff1661115b565b61015a611176565b6102c4600480360360208110156103d157600080fd5b50356001600160a01b0316611185565b6102c4600480360360208110156103f757600080fd5b50356001600160a01b031661122e565b6101fb6112a8565b6002546201000090046001600160a01b031690565b6000600260000160029054906101000a90046001600160a01b03166001600160a01b031663313ce5676040518163ffffffff1660e01b815260040160206040518083038186803b15801561047757600080fd5b505afa15801561048b573d6000803e3d6000fd5b505050506040513d60208110156104a157600080fd5b5051905090565b6005546000906001600160a01b0316801580610565575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b15801561053857600080fd5b505afa15801561054c573d6000803e3d6000fd5b505050506040513d602081101561056257600080fd5b50515b6105a2576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b6105aa6113b2565b91505090565b6000600260000160029054906101000a90046001600160a01b03166001600160a01b03166354fd4d506040518163ffffffff1660e01b815260040160206040518083038186803b15801561047757600080fd5b60025461ffff1690565b60055460009081908190819081906001600160a01b03168015806106d2575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b1580156106a557600080fd5b505afa1580156106b9573d6000803e3d6000fd5b505050506040513d60208110156106cf57600080fd5b50515b61070f576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b6003546001600160a01b031661075a576040805162461bcd60e51b815260206004820152601e6024820152600080516020611b34833981519152604482015290519081900360640190fd5b61076387611405565b939b929a50909850965090945092505050565b6005546000906001600160a01b0316801580610833575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b15801561080657600080fd5b505afa15801561081a573d6000803e3d6000fd5b505050506040513d602081101561083057600080fd5b50515b610870576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b6105aa611502565b6060600260000160029054906101000a90046001600160a01b03166001600160a01b0316637284e4166040518163ffffffff1660e01b815260040160006040518083038186803b1580156108cb57600080fd5b505afa1580156108df573d6000803e3d6000fd5b505050506040513d6000823e601f3d908101601f19168201604052602081101561090857600080fd5b810190808051604051939291908464010000000082111561092857600080fd5b90830190602082018581111561093d57600080fd5b825164010000000081118282018810171561095757600080fd5b82525081516020918201929091019080838360005b8381101561098457818101518382015260200161096c565b50505050905090810190601f1680156109b15780820380516001836020036101000a031916815260200191505b50604052505050905090565b6001546001600160a01b03163314610a15576040805162461bcd60e51b815260206004820152601660248201527526bab9ba10313290383937b837b9b2b21037bbb732b960511b604482015290519081900360640190fd5b60008054336001600160a01b0319808316821784556001805490911690556040516001600160a01b0390921692909183917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a350565b6005546000906001600160a01b0316801580610b29575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b158015610afc57600080fd5b505afa158015610b10573d6000803e3d6000fd5b505050506040513d6020811015610b2657600080fd5b50515b610b66576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b6105aa6115b0565b6000546001600160a01b031681565b60055460009081908190819081906001600160a01b0316801580610c42575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b158015610c1557600080fd5b505afa158015610c29573d6000803e3d6000fd5b505050506040513d6020811015610c3f57600080fd5b50515b610c7f576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b6003546001600160a01b0316610cca576040805162461bcd60e51b815260206004820152601e6024820152600080516020611b34833981519152604482015290519081900360640190fd5b610cd2611603565b95509550955095509550509091929394565b6000546001600160a01b03163314610d3c576040805162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b604482015290519081900360640190fd5b600580546001600160a01b0319166001600160a01b0392909216919091179055565b60055460009081908190819081906001600160a01b0316801580610e23575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b158015610df657600080fd5b505afa158015610e0a573d6000803e3d6000fd5b505050506040513d6020811015610e2057600080fd5b50515b610e60576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b610763876116f9565b6000546001600160a01b03163314610ec1576040805162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b604482015290519081900360640190fd5b6003546001600160a01b03828116911614610f23576040805162461bcd60e51b815260206004820152601b60248201527f496e76616c69642070726f706f7365642061676772656761746f720000000000604482015290519081900360640190fd5b600380546001600160a01b0319169055610f3c816117f5565b50565b6005546000906001600160a01b0316801580610ffc575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b158015610fcf57600080fd5b505afa158015610fe3573d6000803e3d6000fd5b505050506040513d6020811015610ff957600080fd5b50515b611039576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b61104283611864565b9392505050565b6005546000906001600160a01b0316801580611106575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b1580156110d957600080fd5b505afa1580156110ed573d6000803e3d6000fd5b505050506040513d602081101561110357600080fd5b50515b611143576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b61104283611941565b6005546001600160a01b031681565b6004602052600090815260409020546001600160a01b031681565b6003546001600160a01b031681565b6000546001600160a01b031633146111dd576040805162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b604482015290519081900360640190fd5b600180546001600160a01b0319166001600160a01b0383811691821790925560008054604051929316917fed8889f560326eb138920d842192f0eb3dd22b4f139c87a2c57538e05bae12789190a350565b6000546001600160a01b03163314611286576040805162461bcd60e51b815260206004820152601660248201527527b7363c9031b0b63630b1363290313c9037bbb732b960511b604482015290519081900360640190fd5b600380546001600160a01b0319166001600160a01b0392909216919091179055565b60055460009081908190819081906001600160a01b031680158061136d575060408051630d629b5f60e31b815233600482018181526024830193845236604484018190526001600160a01b03861694636b14daf8946000939190606401848480828437600083820152604051601f909101601f1916909201965060209550909350505081840390508186803b15801561134057600080fd5b505afa158015611354573d6000803e3d6000fd5b505050506040513d602081101561136a57600080fd5b50515b6113aa576040805162461bcd60e51b81526020600482015260096024820152684e6f2061636365737360b81b604482015290519081900360640190fd5b610cd26119e7565b6000600260000160029054906101000a90046001600160a01b03166001600160a01b03166350d25bcd6040518163ffffffff1660e01b815260040160206040518083038186803b15801561047757600080fd5b60035460009081908190819081906001600160a01b031661145b576040805162461bcd60e51b815260206004820152601e6024820152600080516020611b34833981519152604482015290519081900360640190fd5b60035460408051639a6fc8f560e01b81526001600160501b038916600482015290516001600160a01b0390921691639a6fc8f59160248082019260a092909190829003018186803b1580156114af57600080fd5b505afa1580156114c3573d6000803e3d6000fd5b505050506040513d60a08110156114d957600080fd5b508051602082015160408301516060840151608090940151929a91995097509195509350915050565b600061150c611b1c565b5060408051808201825260025461ffff8116808352620100009091046001600160a01b031660208084018290528451633345078160e11b8152945193946115a19463668a0f0292600480840193919291829003018186803b15801561157057600080fd5b505afa158015611584573d6000803e3d6000fd5b505050506040513d602081101561159a57600080fd5b5051611abe565b6001600160501b031691505090565b6000600260000160029054906101000a90046001600160a01b03166001600160a01b0316638205bf6a6040518163ffffffff1660e01b815260040160206040518083038186803b15801561047757600080fd5b60035460009081908190819081906001600160a01b0316611659576040805162461bcd60e51b815260206004820152601e6024820152600080516020611b34833981519152604482015290519081900360640190fd5b600360009054906101000a90046001600160a01b03166001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a06040518083038186803b1580156116a757600080fd5b505afa1580156116bb573d6000803e3d6000fd5b505050506040513d60a08110156116d157600080fd5b5080516020820151604083015160608401516080909401519299919850965091945092509050565b6000806000806000806000611716886001600160501b0316611ade565b61ffff8216600090815260046020819052604091829020548251639a6fc8f560e01b815267ffffffffffffffff85169281019290925291519395509193506001600160a01b031691639a6fc8f59160248082019260a092909190829003018186803b15801561178457600080fd5b505afa158015611798573d6000803e3d6000fd5b505050506040513d60a08110156117ae57600080fd5b508051602082015160408301516060840151608090940151929a50909850965090945092506117e1878787878787611ae6565b939c929b5090995097509095509350505050565b60028054604080518082018252600161ffff80851691909101168082526001600160a01b0395909516602091820181905261ffff19909316851762010000600160b01b0319166201000084021790935560009384526004909252912080546001600160a01b0319169091179055565b60006001600160501b0382111561187d5750600061193c565b60008061188984611ade565b61ffff821660009081526004602052604090205491935091506001600160a01b0316806118bc576000935050505061193c565b806001600160a01b031663b5ab58dc836040518263ffffffff1660e01b8152600401808267ffffffffffffffff16815260200191505060206040518083038186803b15801561190a57600080fd5b505afa15801561191e573d6000803e3d6000fd5b505050506040513d602081101561193457600080fd5b505193505050505b919050565b60006001600160501b0382111561195a5750600061193c565b60008061196684611ade565b61ffff821660009081526004602052604090205491935091506001600160a01b031680611999576000935050505061193c565b806001600160a01b031663b633620c836040518263ffffffff1660e01b8152600401808267ffffffffffffffff16815260200191505060206040518083038186803b15801561190a57600080fd5b60008060008060006119f7611b1c565b5060408051808201825260025461ffff811682526201000090046001600160a01b0316602082018190528251633fabe5a360e21b815292519192909163feaf968c9160048082019260a092909190829003018186803b158015611a5957600080fd5b505afa158015611a6d573d6000803e3d6000fd5b505050506040513d60a0811015611a8357600080fd5b5080516020820151604083015160608401516080909401518551939a509198509650919450909250610cd29087908790879087908790611ae6565b67ffffffffffffffff1660409190911b69ffff0000000000000000161790565b604081901c91565b6000806000806000611af8868c611abe565b8a8a8a611b058a8c611abe565b939f929e50909c509a509098509650505050505050565b60408051808201909152600080825260208201529056fe4e6f2070726f706f7365642061676772656761746f722070726573656e740000a2646970667358221220d7fa474365acf9a581f22bdccfcd8c209dfa56d272e9c47f8443d1bb1bf9142c64736f6c63430006060033",
}

// EACAggregatorProxy is an auto generated Go binding around an Ethereum contract.
type EACAggregatorProxy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EACAggregatorProxy) GetABI() abi.ABI {
	return c.abi
}

// NewEACAggregatorProxy creates a new instance of EACAggregatorProxy.
func NewEACAggregatorProxy() *EACAggregatorProxy {
	parsed, err := EACAggregatorProxyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EACAggregatorProxy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EACAggregatorProxy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address _aggregator, address _accessController) returns()
func (eACAggregatorProxy *EACAggregatorProxy) PackConstructor(_aggregator common.Address, _accessController common.Address) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("", _aggregator, _accessController)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackAcceptOwnership() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("acceptOwnership")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackAcceptOwnership() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("acceptOwnership")
}

// PackAccessController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc43cbaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accessController() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) PackAccessController() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("accessController")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccessController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc43cbaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accessController() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackAccessController() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("accessController")
}

// UnpackAccessController is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc43cbaf.
//
// Solidity: function accessController() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackAccessController(data []byte) (common.Address, error) {
	out, err := eACAggregatorProxy.abi.Unpack("accessController", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x245a7bfc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregator() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) PackAggregator() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("aggregator")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackAggregator() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("aggregator")
}

// UnpackAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x245a7bfc.
//
// Solidity: function aggregator() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackAggregator(data []byte) (common.Address, error) {
	out, err := eACAggregatorProxy.abi.Unpack("aggregator", data)
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
// Solidity: function confirmAggregator(address _aggregator) returns()
func (eACAggregatorProxy *EACAggregatorProxy) PackConfirmAggregator(aggregator common.Address) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("confirmAggregator", aggregator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa928c096.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmAggregator(address _aggregator) returns()
func (eACAggregatorProxy *EACAggregatorProxy) TryPackConfirmAggregator(aggregator common.Address) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("confirmAggregator", aggregator)
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (eACAggregatorProxy *EACAggregatorProxy) PackDecimals() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("decimals")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackDecimals() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackDecimals(data []byte) (uint8, error) {
	out, err := eACAggregatorProxy.abi.Unpack("decimals", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackDescription() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("description")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackDescription() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackDescription(data []byte) (string, error) {
	out, err := eACAggregatorProxy.abi.Unpack("description", data)
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
// Solidity: function getAnswer(uint256 _roundId) view returns(int256)
func (eACAggregatorProxy *EACAggregatorProxy) PackGetAnswer(roundId *big.Int) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("getAnswer", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAnswer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb5ab58dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAnswer(uint256 _roundId) view returns(int256)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackGetAnswer(roundId *big.Int) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("getAnswer", roundId)
}

// UnpackGetAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb5ab58dc.
//
// Solidity: function getAnswer(uint256 _roundId) view returns(int256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackGetAnswer(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("getAnswer", data)
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
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("getRoundData", roundId)
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
// Solidity: function getRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := eACAggregatorProxy.abi.Unpack("getRoundData", data)
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

// PackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTimestamp(uint256 _roundId) view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) PackGetTimestamp(roundId *big.Int) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("getTimestamp", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb633620c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTimestamp(uint256 _roundId) view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackGetTimestamp(roundId *big.Int) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("getTimestamp", roundId)
}

// UnpackGetTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb633620c.
//
// Solidity: function getTimestamp(uint256 _roundId) view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackGetTimestamp(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("getTimestamp", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackLatestAnswer() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("latestAnswer")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackLatestAnswer() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("latestAnswer")
}

// UnpackLatestAnswer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d25bcd.
//
// Solidity: function latestAnswer() view returns(int256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackLatestAnswer(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("latestAnswer", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackLatestRound() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("latestRound")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackLatestRound() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("latestRound", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackLatestRoundData() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("latestRoundData")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackLatestRoundData() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("latestRoundData")
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
func (eACAggregatorProxy *EACAggregatorProxy) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := eACAggregatorProxy.abi.Unpack("latestRoundData", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackLatestTimestamp() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("latestTimestamp")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackLatestTimestamp() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("latestTimestamp")
}

// UnpackLatestTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8205bf6a.
//
// Solidity: function latestTimestamp() view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackLatestTimestamp(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("latestTimestamp", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackOwner() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("owner")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackOwner() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackOwner(data []byte) (common.Address, error) {
	out, err := eACAggregatorProxy.abi.Unpack("owner", data)
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
// Solidity: function phaseAggregators(uint16 ) view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) PackPhaseAggregators(arg0 uint16) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("phaseAggregators", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPhaseAggregators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc1597304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function phaseAggregators(uint16 ) view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackPhaseAggregators(arg0 uint16) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("phaseAggregators", arg0)
}

// UnpackPhaseAggregators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc1597304.
//
// Solidity: function phaseAggregators(uint16 ) view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackPhaseAggregators(data []byte) (common.Address, error) {
	out, err := eACAggregatorProxy.abi.Unpack("phaseAggregators", data)
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
func (eACAggregatorProxy *EACAggregatorProxy) PackPhaseId() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("phaseId")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackPhaseId() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("phaseId")
}

// UnpackPhaseId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58303b10.
//
// Solidity: function phaseId() view returns(uint16)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackPhaseId(data []byte) (uint16, error) {
	out, err := eACAggregatorProxy.abi.Unpack("phaseId", data)
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
// Solidity: function proposeAggregator(address _aggregator) returns()
func (eACAggregatorProxy *EACAggregatorProxy) PackProposeAggregator(aggregator common.Address) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("proposeAggregator", aggregator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8a2abd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeAggregator(address _aggregator) returns()
func (eACAggregatorProxy *EACAggregatorProxy) TryPackProposeAggregator(aggregator common.Address) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("proposeAggregator", aggregator)
}

// PackProposedAggregator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe8c4be30.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedAggregator() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) PackProposedAggregator() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("proposedAggregator")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackProposedAggregator() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("proposedAggregator")
}

// UnpackProposedAggregator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe8c4be30.
//
// Solidity: function proposedAggregator() view returns(address)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackProposedAggregator(data []byte) (common.Address, error) {
	out, err := eACAggregatorProxy.abi.Unpack("proposedAggregator", data)
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
// Solidity: function proposedGetRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) PackProposedGetRoundData(roundId *big.Int) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("proposedGetRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposedGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6001ac53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposedGetRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackProposedGetRoundData(roundId *big.Int) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("proposedGetRoundData", roundId)
}

// ProposedGetRoundDataOutput serves as a container for the return parameters of contract
// method ProposedGetRoundData.
type ProposedGetRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackProposedGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6001ac53.
//
// Solidity: function proposedGetRoundData(uint80 _roundId) view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackProposedGetRoundData(data []byte) (ProposedGetRoundDataOutput, error) {
	out, err := eACAggregatorProxy.abi.Unpack("proposedGetRoundData", data)
	outstruct := new(ProposedGetRoundDataOutput)
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

// PackProposedLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6b4d91.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) PackProposedLatestRoundData() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("proposedLatestRoundData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposedLatestRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f6b4d91.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) TryPackProposedLatestRoundData() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("proposedLatestRoundData")
}

// ProposedLatestRoundDataOutput serves as a container for the return parameters of contract
// method ProposedLatestRoundData.
type ProposedLatestRoundDataOutput struct {
	RoundId         *big.Int
	Answer          *big.Int
	StartedAt       *big.Int
	UpdatedAt       *big.Int
	AnsweredInRound *big.Int
}

// UnpackProposedLatestRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f6b4d91.
//
// Solidity: function proposedLatestRoundData() view returns(uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackProposedLatestRoundData(data []byte) (ProposedLatestRoundDataOutput, error) {
	out, err := eACAggregatorProxy.abi.Unpack("proposedLatestRoundData", data)
	outstruct := new(ProposedLatestRoundDataOutput)
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

// PackSetController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92eefe9b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setController(address _accessController) returns()
func (eACAggregatorProxy *EACAggregatorProxy) PackSetController(accessController common.Address) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("setController", accessController)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetController is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92eefe9b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setController(address _accessController) returns()
func (eACAggregatorProxy *EACAggregatorProxy) TryPackSetController(accessController common.Address) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("setController", accessController)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address _to) returns()
func (eACAggregatorProxy *EACAggregatorProxy) PackTransferOwnership(to common.Address) []byte {
	enc, err := eACAggregatorProxy.abi.Pack("transferOwnership", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address _to) returns()
func (eACAggregatorProxy *EACAggregatorProxy) TryPackTransferOwnership(to common.Address) ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("transferOwnership", to)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) PackVersion() []byte {
	enc, err := eACAggregatorProxy.abi.Pack("version")
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
func (eACAggregatorProxy *EACAggregatorProxy) TryPackVersion() ([]byte, error) {
	return eACAggregatorProxy.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() view returns(uint256)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := eACAggregatorProxy.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// EACAggregatorProxyAnswerUpdated represents a AnswerUpdated event raised by the EACAggregatorProxy contract.
type EACAggregatorProxyAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const EACAggregatorProxyAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (EACAggregatorProxyAnswerUpdated) ContractEventName() string {
	return EACAggregatorProxyAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackAnswerUpdatedEvent(log *types.Log) (*EACAggregatorProxyAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eACAggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EACAggregatorProxyAnswerUpdated)
	if len(log.Data) > 0 {
		if err := eACAggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eACAggregatorProxy.abi.Events[event].Inputs {
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

// EACAggregatorProxyNewRound represents a NewRound event raised by the EACAggregatorProxy contract.
type EACAggregatorProxyNewRound struct {
	RoundId   *big.Int
	StartedBy common.Address
	StartedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const EACAggregatorProxyNewRoundEventName = "NewRound"

// ContractEventName returns the user-defined event name.
func (EACAggregatorProxyNewRound) ContractEventName() string {
	return EACAggregatorProxyNewRoundEventName
}

// UnpackNewRoundEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewRound(uint256 indexed roundId, address indexed startedBy, uint256 startedAt)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackNewRoundEvent(log *types.Log) (*EACAggregatorProxyNewRound, error) {
	event := "NewRound"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eACAggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EACAggregatorProxyNewRound)
	if len(log.Data) > 0 {
		if err := eACAggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eACAggregatorProxy.abi.Events[event].Inputs {
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

// EACAggregatorProxyOwnershipTransferRequested represents a OwnershipTransferRequested event raised by the EACAggregatorProxy contract.
type EACAggregatorProxyOwnershipTransferRequested struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const EACAggregatorProxyOwnershipTransferRequestedEventName = "OwnershipTransferRequested"

// ContractEventName returns the user-defined event name.
func (EACAggregatorProxyOwnershipTransferRequested) ContractEventName() string {
	return EACAggregatorProxyOwnershipTransferRequestedEventName
}

// UnpackOwnershipTransferRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferRequested(address indexed from, address indexed to)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackOwnershipTransferRequestedEvent(log *types.Log) (*EACAggregatorProxyOwnershipTransferRequested, error) {
	event := "OwnershipTransferRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eACAggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EACAggregatorProxyOwnershipTransferRequested)
	if len(log.Data) > 0 {
		if err := eACAggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eACAggregatorProxy.abi.Events[event].Inputs {
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

// EACAggregatorProxyOwnershipTransferred represents a OwnershipTransferred event raised by the EACAggregatorProxy contract.
type EACAggregatorProxyOwnershipTransferred struct {
	From common.Address
	To   common.Address
	Raw  *types.Log // Blockchain specific contextual infos
}

const EACAggregatorProxyOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (EACAggregatorProxyOwnershipTransferred) ContractEventName() string {
	return EACAggregatorProxyOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed from, address indexed to)
func (eACAggregatorProxy *EACAggregatorProxy) UnpackOwnershipTransferredEvent(log *types.Log) (*EACAggregatorProxyOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != eACAggregatorProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(EACAggregatorProxyOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := eACAggregatorProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range eACAggregatorProxy.abi.Events[event].Inputs {
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
