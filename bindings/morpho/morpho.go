// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package morpho

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

// Authorization is an auto generated low-level Go binding around an user-defined struct.
type Authorization struct {
	Authorizer   common.Address
	Authorized   common.Address
	IsAuthorized bool
	Nonce        *big.Int
	Deadline     *big.Int
}

// Market is an auto generated low-level Go binding around an user-defined struct.
type Market struct {
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	LastUpdate        *big.Int
	Fee               *big.Int
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// Signature is an auto generated low-level Go binding around an user-defined struct.
type Signature struct {
	V uint8
	R [32]byte
	S [32]byte
}

// ChainlinkOracleMetaData contains all meta data concerning the ChainlinkOracle contract.
var ChainlinkOracleMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"baseFeed1\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"baseFeed2\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"quoteFeed1\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"quoteFeed2\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"baseTokenDecimals\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quoteTokenDecimals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BASE_FEED_1\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_FEED_2\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_VAULT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_VAULT_CONVERSION_SAMPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_FEED_1\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_FEED_2\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_VAULT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_VAULT_CONVERSION_SAMPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SCALE_FACTOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"price\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"error\",\"name\":\"NegativeAnswer\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"}]},{\"type\":\"error\",\"name\":\"ScaleOutOfRange\",\"inputs\":[{\"name\":\"baseDecimals\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"quoteDecimals\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "ChainlinkOracle",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161088038038061088083398101604081905261002f916101b0565b5f61003986610115565b61004288610115565b61004c9085610228565b6100569190610228565b90505f61006285610115565b61006b87610115565b610076856024610228565b6100809190610228565b61008a9190610228565b9050808211806100a357506100a082604d610228565b81115b156100cf5760405163107fdf6360e31b8152600481018390526024810182905260440160405180910390fd5b6001600160a01b0380891660805287811660a05286811660c052851660e0526100f88282610241565b61010390600a610337565b61010052506103699650505050505050565b5f6001600160a01b0382161561018a57816001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610161573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101859190610349565b61018c565b5f5b60ff1692915050565b80516001600160a01b03811681146101ab575f5ffd5b919050565b5f5f5f5f5f5f60c087890312156101c5575f5ffd5b6101ce87610195565b95506101dc60208801610195565b94506101ea60408801610195565b93506101f860608801610195565b608088015160a090980151969995985093969395939492505050565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561023b5761023b610214565b92915050565b8181038181111561023b5761023b610214565b6001815b600184111561028f5780850481111561027357610273610214565b600184161561028157908102905b60019390931c928002610258565b935093915050565b5f826102a55750600161023b565b816102b157505f61023b565b81600181146102c757600281146102d1576102ed565b600191505061023b565b60ff8411156102e2576102e2610214565b50506001821b61023b565b5060208310610133831016604e8410600b8410161715610310575081810a61023b565b61031c5f198484610254565b805f190482111561032f5761032f610214565b029392505050565b5f6103428383610297565b9392505050565b5f60208284031215610359575f5ffd5b815160ff81168114610342575f5ffd5b60805160a05160c05160e051610100516104b86103c85f395f818161013401526101aa01525f818161010d015261022a01525f818160de015261025301525f818161015b01526101ce01525f818161018201526101f701526104b85ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c8063acfbd39e11610063578063acfbd39e14610108578063ce4b5bbe1461012f578063dc53858c14610156578063eaa2d7b4146100ba578063f50a47181461017d575f5ffd5b8063054f7ac01461009f5780632e6f20a6146100ba578063461739d21461009f57806356095e11146100d9578063a035b1fe14610100575b5f5ffd5b6100a7600181565b6040519081526020015b60405180910390f35b6100c15f81565b6040516001600160a01b0390911681526020016100b1565b6100c17f000000000000000000000000000000000000000000000000000000000000000081565b6100a76101a4565b6100c17f000000000000000000000000000000000000000000000000000000000000000081565b6100a77f000000000000000000000000000000000000000000000000000000000000000081565b6100c17f000000000000000000000000000000000000000000000000000000000000000081565b6100c17f000000000000000000000000000000000000000000000000000000000000000081565b5f6102867f00000000000000000000000000000000000000000000000000000000000000006101f27f000000000000000000000000000000000000000000000000000000000000000061028b565b61021b7f000000000000000000000000000000000000000000000000000000000000000061028b565b6102259190610415565b61024e7f000000000000000000000000000000000000000000000000000000000000000061028b565b6102777f000000000000000000000000000000000000000000000000000000000000000061028b565b6102819190610415565b610337565b905090565b5f6001600160a01b0382166102a257506001919050565b5f826001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa1580156102df573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103039190610456565b5050509150505f8112156103315760405163a479b41160e01b81526004810182905260240160405180910390fd5b92915050565b5f5f5f61034486866103e8565b91509150815f036103685783818161035e5761035e6104a4565b04925050506103e1565b81841161037f5761037f6003851502601118610404565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b808202811582820484141761033157634e487b7160e01b5f52601160045260245ffd5b805169ffffffffffffffffffff81168114610451575f5ffd5b919050565b5f5f5f5f5f60a0868803121561046a575f5ffd5b61047386610438565b6020870151604088015160608901519297509095509350915061049860808701610438565b90509295509295909350565b634e487b7160e01b5f52601260045260245ffd",
}

// ChainlinkOracle is an auto generated Go binding around an Ethereum contract.
type ChainlinkOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ChainlinkOracle) GetABI() abi.ABI {
	return c.abi
}

// NewChainlinkOracle creates a new instance of ChainlinkOracle.
func NewChainlinkOracle() *ChainlinkOracle {
	parsed, err := ChainlinkOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ChainlinkOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ChainlinkOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address baseFeed1, address baseFeed2, address quoteFeed1, address quoteFeed2, uint256 baseTokenDecimals, uint256 quoteTokenDecimals) returns()
func (chainlinkOracle *ChainlinkOracle) PackConstructor(baseFeed1 common.Address, baseFeed2 common.Address, quoteFeed1 common.Address, quoteFeed2 common.Address, baseTokenDecimals *big.Int, quoteTokenDecimals *big.Int) []byte {
	enc, err := chainlinkOracle.abi.Pack("", baseFeed1, baseFeed2, quoteFeed1, quoteFeed2, baseTokenDecimals, quoteTokenDecimals)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackBASEFEED1() []byte {
	enc, err := chainlinkOracle.abi.Pack("BASE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackBASEFEED1() ([]byte, error) {
	return chainlinkOracle.abi.Pack("BASE_FEED_1")
}

// UnpackBASEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf50a4718.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackBASEFEED1(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("BASE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackBASEFEED2() []byte {
	enc, err := chainlinkOracle.abi.Pack("BASE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackBASEFEED2() ([]byte, error) {
	return chainlinkOracle.abi.Pack("BASE_FEED_2")
}

// UnpackBASEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc53858c.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackBASEFEED2(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("BASE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackBASEVAULT() []byte {
	enc, err := chainlinkOracle.abi.Pack("BASE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackBASEVAULT() ([]byte, error) {
	return chainlinkOracle.abi.Pack("BASE_VAULT")
}

// UnpackBASEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaa2d7b4.
//
// Solidity: function BASE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackBASEVAULT(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("BASE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) PackBASEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := chainlinkOracle.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) TryPackBASEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return chainlinkOracle.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
}

// UnpackBASEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7ac0.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) UnpackBASEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := chainlinkOracle.abi.Unpack("BASE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackQUOTEFEED1() []byte {
	enc, err := chainlinkOracle.abi.Pack("QUOTE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackQUOTEFEED1() ([]byte, error) {
	return chainlinkOracle.abi.Pack("QUOTE_FEED_1")
}

// UnpackQUOTEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56095e11.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackQUOTEFEED1(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("QUOTE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackQUOTEFEED2() []byte {
	enc, err := chainlinkOracle.abi.Pack("QUOTE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackQUOTEFEED2() ([]byte, error) {
	return chainlinkOracle.abi.Pack("QUOTE_FEED_2")
}

// UnpackQUOTEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacfbd39e.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackQUOTEFEED2(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("QUOTE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) PackQUOTEVAULT() []byte {
	enc, err := chainlinkOracle.abi.Pack("QUOTE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) TryPackQUOTEVAULT() ([]byte, error) {
	return chainlinkOracle.abi.Pack("QUOTE_VAULT")
}

// UnpackQUOTEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e6f20a6.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (chainlinkOracle *ChainlinkOracle) UnpackQUOTEVAULT(data []byte) (common.Address, error) {
	out, err := chainlinkOracle.abi.Unpack("QUOTE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) PackQUOTEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := chainlinkOracle.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) TryPackQUOTEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return chainlinkOracle.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
}

// UnpackQUOTEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x461739d2.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) UnpackQUOTEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := chainlinkOracle.abi.Unpack("QUOTE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) PackSCALEFACTOR() []byte {
	enc, err := chainlinkOracle.abi.Pack("SCALE_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) TryPackSCALEFACTOR() ([]byte, error) {
	return chainlinkOracle.abi.Pack("SCALE_FACTOR")
}

// UnpackSCALEFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce4b5bbe.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) UnpackSCALEFACTOR(data []byte) (*big.Int, error) {
	out, err := chainlinkOracle.abi.Unpack("SCALE_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) PackPrice() []byte {
	enc, err := chainlinkOracle.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) TryPackPrice() ([]byte, error) {
	return chainlinkOracle.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (chainlinkOracle *ChainlinkOracle) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := chainlinkOracle.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (chainlinkOracle *ChainlinkOracle) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], chainlinkOracle.abi.Errors["NegativeAnswer"].ID.Bytes()[:4]) {
		return chainlinkOracle.UnpackNegativeAnswerError(raw[4:])
	}
	if bytes.Equal(raw[:4], chainlinkOracle.abi.Errors["ScaleOutOfRange"].ID.Bytes()[:4]) {
		return chainlinkOracle.UnpackScaleOutOfRangeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ChainlinkOracleNegativeAnswer represents a NegativeAnswer error raised by the ChainlinkOracle contract.
type ChainlinkOracleNegativeAnswer struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NegativeAnswer(int256 answer)
func ChainlinkOracleNegativeAnswerErrorID() common.Hash {
	return common.HexToHash("0xa479b4111a92edcc03a30bd2f2d677eaae47cae6be4ce45393d3c8101b188b20")
}

// UnpackNegativeAnswerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NegativeAnswer(int256 answer)
func (chainlinkOracle *ChainlinkOracle) UnpackNegativeAnswerError(raw []byte) (*ChainlinkOracleNegativeAnswer, error) {
	out := new(ChainlinkOracleNegativeAnswer)
	if err := chainlinkOracle.abi.UnpackIntoInterface(out, "NegativeAnswer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ChainlinkOracleScaleOutOfRange represents a ScaleOutOfRange error raised by the ChainlinkOracle contract.
type ChainlinkOracleScaleOutOfRange struct {
	BaseDecimals  *big.Int
	QuoteDecimals *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ScaleOutOfRange(uint256 baseDecimals, uint256 quoteDecimals)
func ChainlinkOracleScaleOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x83fefb1862b9597b4949f99e0d2fa35cb1b6e98f4545b1d64fafa2500c64749a")
}

// UnpackScaleOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ScaleOutOfRange(uint256 baseDecimals, uint256 quoteDecimals)
func (chainlinkOracle *ChainlinkOracle) UnpackScaleOutOfRangeError(raw []byte) (*ChainlinkOracleScaleOutOfRange, error) {
	out := new(ChainlinkOracleScaleOutOfRange)
	if err := chainlinkOracle.abi.UnpackIntoInterface(out, "ScaleOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// FixedRateIrmMetaData contains all meta data concerning the FixedRateIrm contract.
var FixedRateIrmMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"ratePerSecond\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"RATE_PER_SECOND\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"borrowRate\",\"inputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarket\",\"components\":[{\"name\":\"totalSupplyAssets\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalSupplyShares\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalBorrowShares\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"lastUpdate\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"fee\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"borrowRateView\",\"inputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarket\",\"components\":[{\"name\":\"totalSupplyAssets\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalSupplyShares\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"totalBorrowShares\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"lastUpdate\",\"type\":\"uint128\",\"internalType\":\"uint128\"},{\"name\":\"fee\",\"type\":\"uint128\",\"internalType\":\"uint128\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"}]",
	ID:  "FixedRateIrm",
	Bin: "0x60a0604052348015600e575f5ffd5b506040516102b13803806102b1833981016040819052602b916032565b6080526048565b5f602082840312156041575f5ffd5b5051919050565b60805161024c6100655f395f818160480152608c015261024c5ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80634d164f61146100435780638c00bf6b1461007c5780639451fed41461007c575b5f5ffd5b61006a7f000000000000000000000000000000000000000000000000000000000000000081565b60405190815260200160405180910390f35b61006a61008a36600461014f565b7f000000000000000000000000000000000000000000000000000000000000000092915050565b60405160a0810167ffffffffffffffff811182821017156100e057634e487b7160e01b5f52604160045260245ffd5b60405290565b60405160c0810167ffffffffffffffff811182821017156100e057634e487b7160e01b5f52604160045260245ffd5b80356001600160a01b038116811461012b575f5ffd5b919050565b80356fffffffffffffffffffffffffffffffff8116811461012b575f5ffd5b5f5f828403610160811215610162575f5ffd5b60a081121561016f575f5ffd5b6101776100b1565b61018085610115565b815261018e60208601610115565b602082015261019f60408601610115565b60408201526101b060608601610115565b606082015260808581013590820152925060c0609f19820112156101d2575f5ffd5b506101db6100e6565b6101e760a08501610130565b81526101f560c08501610130565b602082015261020660e08501610130565b60408201526102186101008501610130565b606082015261022a6101208501610130565b608082015261023c6101408501610130565b60a082015280915050925092905056",
}

// FixedRateIrm is an auto generated Go binding around an Ethereum contract.
type FixedRateIrm struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *FixedRateIrm) GetABI() abi.ABI {
	return c.abi
}

// NewFixedRateIrm creates a new instance of FixedRateIrm.
func NewFixedRateIrm() *FixedRateIrm {
	parsed, err := FixedRateIrmMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &FixedRateIrm{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *FixedRateIrm) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint256 ratePerSecond) returns()
func (fixedRateIrm *FixedRateIrm) PackConstructor(ratePerSecond *big.Int) []byte {
	enc, err := fixedRateIrm.abi.Pack("", ratePerSecond)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackRATEPERSECOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d164f61.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RATE_PER_SECOND() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackRATEPERSECOND() []byte {
	enc, err := fixedRateIrm.abi.Pack("RATE_PER_SECOND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRATEPERSECOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d164f61.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RATE_PER_SECOND() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackRATEPERSECOND() ([]byte, error) {
	return fixedRateIrm.abi.Pack("RATE_PER_SECOND")
}

// UnpackRATEPERSECOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d164f61.
//
// Solidity: function RATE_PER_SECOND() view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackRATEPERSECOND(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("RATE_PER_SECOND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9451fed4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackBorrowRate(arg0 MarketParams, arg1 Market) []byte {
	enc, err := fixedRateIrm.abi.Pack("borrowRate", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9451fed4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackBorrowRate(arg0 MarketParams, arg1 Market) ([]byte, error) {
	return fixedRateIrm.abi.Pack("borrowRate", arg0, arg1)
}

// UnpackBorrowRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9451fed4.
//
// Solidity: function borrowRate((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackBorrowRate(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("borrowRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowRateView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c00bf6b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) PackBorrowRateView(arg0 MarketParams, arg1 Market) []byte {
	enc, err := fixedRateIrm.abi.Pack("borrowRateView", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowRateView is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c00bf6b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) TryPackBorrowRateView(arg0 MarketParams, arg1 Market) ([]byte, error) {
	return fixedRateIrm.abi.Pack("borrowRateView", arg0, arg1)
}

// UnpackBorrowRateView is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8c00bf6b.
//
// Solidity: function borrowRateView((address,address,address,address,uint256) , (uint128,uint128,uint128,uint128,uint128,uint128) ) view returns(uint256)
func (fixedRateIrm *FixedRateIrm) UnpackBorrowRateView(data []byte) (*big.Int, error) {
	out, err := fixedRateIrm.abi.Unpack("borrowRateView", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IMorphoChainlinkOracleV2MetaData contains all meta data concerning the IMorphoChainlinkOracleV2 contract.
var IMorphoChainlinkOracleV2MetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"BASE_FEED_1\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_FEED_2\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_VAULT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"BASE_VAULT_CONVERSION_SAMPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_FEED_1\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_FEED_2\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_VAULT\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"QUOTE_VAULT_CONVERSION_SAMPLE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"SCALE_FACTOR\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"price\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"}]",
	ID:  "IMorphoChainlinkOracleV2",
}

// IMorphoChainlinkOracleV2 is an auto generated Go binding around an Ethereum contract.
type IMorphoChainlinkOracleV2 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IMorphoChainlinkOracleV2) GetABI() abi.ABI {
	return c.abi
}

// NewIMorphoChainlinkOracleV2 creates a new instance of IMorphoChainlinkOracleV2.
func NewIMorphoChainlinkOracleV2() *IMorphoChainlinkOracleV2 {
	parsed, err := IMorphoChainlinkOracleV2MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IMorphoChainlinkOracleV2{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IMorphoChainlinkOracleV2) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackBASEFEED1() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("BASE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50a4718.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackBASEFEED1() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("BASE_FEED_1")
}

// UnpackBASEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf50a4718.
//
// Solidity: function BASE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackBASEFEED1(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("BASE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackBASEFEED2() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("BASE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc53858c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackBASEFEED2() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("BASE_FEED_2")
}

// UnpackBASEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc53858c.
//
// Solidity: function BASE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackBASEFEED2(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("BASE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackBASEVAULT() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("BASE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaa2d7b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackBASEVAULT() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("BASE_VAULT")
}

// UnpackBASEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaa2d7b4.
//
// Solidity: function BASE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackBASEVAULT(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("BASE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackBASEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBASEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x054f7ac0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackBASEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("BASE_VAULT_CONVERSION_SAMPLE")
}

// UnpackBASEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x054f7ac0.
//
// Solidity: function BASE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackBASEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("BASE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackQUOTEFEED1() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("QUOTE_FEED_1")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56095e11.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackQUOTEFEED1() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("QUOTE_FEED_1")
}

// UnpackQUOTEFEED1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x56095e11.
//
// Solidity: function QUOTE_FEED_1() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackQUOTEFEED1(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("QUOTE_FEED_1", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackQUOTEFEED2() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("QUOTE_FEED_2")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEFEED2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacfbd39e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackQUOTEFEED2() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("QUOTE_FEED_2")
}

// UnpackQUOTEFEED2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacfbd39e.
//
// Solidity: function QUOTE_FEED_2() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackQUOTEFEED2(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("QUOTE_FEED_2", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackQUOTEVAULT() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("QUOTE_VAULT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e6f20a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackQUOTEVAULT() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("QUOTE_VAULT")
}

// UnpackQUOTEVAULT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e6f20a6.
//
// Solidity: function QUOTE_VAULT() view returns(address)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackQUOTEVAULT(data []byte) (common.Address, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("QUOTE_VAULT", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackQUOTEVAULTCONVERSIONSAMPLE() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUOTEVAULTCONVERSIONSAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x461739d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackQUOTEVAULTCONVERSIONSAMPLE() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("QUOTE_VAULT_CONVERSION_SAMPLE")
}

// UnpackQUOTEVAULTCONVERSIONSAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x461739d2.
//
// Solidity: function QUOTE_VAULT_CONVERSION_SAMPLE() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackQUOTEVAULTCONVERSIONSAMPLE(data []byte) (*big.Int, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("QUOTE_VAULT_CONVERSION_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackSCALEFACTOR() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("SCALE_FACTOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSCALEFACTOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce4b5bbe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackSCALEFACTOR() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("SCALE_FACTOR")
}

// UnpackSCALEFACTOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce4b5bbe.
//
// Solidity: function SCALE_FACTOR() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackSCALEFACTOR(data []byte) (*big.Int, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("SCALE_FACTOR", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) PackPrice() []byte {
	enc, err := iMorphoChainlinkOracleV2.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) TryPackPrice() ([]byte, error) {
	return iMorphoChainlinkOracleV2.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (iMorphoChainlinkOracleV2 *IMorphoChainlinkOracleV2) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := iMorphoChainlinkOracleV2.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// IOracleMetaData contains all meta data concerning the IOracle contract.
var IOracleMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"price\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"}]",
	ID:  "IOracle",
}

// IOracle is an auto generated Go binding around an Ethereum contract.
type IOracle struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IOracle) GetABI() abi.ABI {
	return c.abi
}

// NewIOracle creates a new instance of IOracle.
func NewIOracle() *IOracle {
	parsed, err := IOracleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IOracle{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IOracle) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function price() view returns(uint256)
func (iOracle *IOracle) PackPrice() []byte {
	enc, err := iOracle.abi.Pack("price")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa035b1fe.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function price() view returns(uint256)
func (iOracle *IOracle) TryPackPrice() ([]byte, error) {
	return iOracle.abi.Pack("price")
}

// UnpackPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa035b1fe.
//
// Solidity: function price() view returns(uint256)
func (iOracle *IOracle) UnpackPrice(data []byte) (*big.Int, error) {
	out, err := iOracle.abi.Unpack("price", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MorphoMetaData contains all meta data concerning the Morpho contract.
var MorphoMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DOMAIN_SEPARATOR\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"accrueInterest\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"borrow\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"createMarket\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"}],\"name\":\"enableIrm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"name\":\"enableLltv\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"slots\",\"type\":\"bytes32[]\"}],\"name\":\"extSloads\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"res\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"feeRecipient\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"flashLoan\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"Id\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"idToMarketParams\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isAuthorized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isIrmEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"isLltvEnabled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"liquidate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"Id\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"market\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"totalSupplyAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalSupplyShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowAssets\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"totalBorrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lastUpdate\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"fee\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"Id\",\"name\":\"\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"position\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"supplyShares\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"borrowShares\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"collateral\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"repay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"newIsAuthorized\",\"type\":\"bool\"}],\"name\":\"setAuthorization\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"isAuthorized\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"internalType\":\"structAuthorization\",\"name\":\"authorization\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint8\",\"name\":\"v\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"internalType\":\"structSignature\",\"name\":\"signature\",\"type\":\"tuple\"}],\"name\":\"setAuthorizationWithSig\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"setFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"setFeeRecipient\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"setOwner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"supply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"supplyCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdraw\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"}],\"name\":\"withdrawCollateral\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"prevBorrowRate\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"interest\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"feeShares\",\"type\":\"uint256\"}],\"name\":\"AccrueInterest\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Borrow\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"loanToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"collateralToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"oracle\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"indexed\":false,\"internalType\":\"structMarketParams\",\"name\":\"marketParams\",\"type\":\"tuple\"}],\"name\":\"CreateMarket\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"irm\",\"type\":\"address\"}],\"name\":\"EnableIrm\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"lltv\",\"type\":\"uint256\"}],\"name\":\"EnableLltv\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"FlashLoan\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"usedNonce\",\"type\":\"uint256\"}],\"name\":\"IncrementNonce\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"borrower\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"repaidShares\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"seizedAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"badDebtAssets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"badDebtShares\",\"type\":\"uint256\"}],\"name\":\"Liquidate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Repay\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorizer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"authorized\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"newIsAuthorized\",\"type\":\"bool\"}],\"name\":\"SetAuthorization\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newFee\",\"type\":\"uint256\"}],\"name\":\"SetFee\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newFeeRecipient\",\"type\":\"address\"}],\"name\":\"SetFeeRecipient\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"SetOwner\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Supply\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"SupplyCollateral\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"shares\",\"type\":\"uint256\"}],\"name\":\"Withdraw\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"Id\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"onBehalf\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"assets\",\"type\":\"uint256\"}],\"name\":\"WithdrawCollateral\",\"type\":\"event\"}]",
	ID:  "Morpho",
	Bin: "0x60a034620001aa576001600160401b0390601f1990601f62003eb73881900391820184168301929185841183851017620001395780839260409586528339602092839181010312620001aa57516001600160a01b0381169390849003620001aa5782518381018181108782111762000139578452600c81526b7a65726f206164647265737360a01b8382015284156200014f5750508151908101917f47e79534a245952e8b16893a336b85a3d9ea9fa8c573f3d803afb92a7946921883524681830152306060830152606082526080820194828610908611176200013957849052519020608052600080546001600160a01b031916821781557f167d3e9c1016ab80e58802ca9da10ce5c6a0f4debc46a2e7a2cd9e56899a4fb59080a2613d079081620001b0823960805181818161188a01526124b90152f35b634e487b7160e01b600052604160045260246000fd5b82845192839162461bcd60e51b835280600484015283519081602485015260005b828110620001925750506044935080600085601f938601015201168101030190fd5b80860182015187820160440152869450810162000170565b600080fdfe6080604052600436101561001257600080fd5b6000803560e01c806313af403514612b90578063151c1ade14612b2057806320b76e81146128c1578063238d6579146126f75780632b4f013c1461256e5780632c3c9157146124dc5780633644e5151461248357806346904840146124315780634d98a93b1461231557806350d8cd4b146120815780635a64f51e14611fa95780635c2bea4914611d485780635c60e39a14611cb757806365e4ad9e14611c3757806370ae92d214611bd45780637784c68514611a685780638069218f1461167f5780638720316d1461150f5780638c1358a2146111f85780638da5cb5b146111a757806393c520621461110e578063a99aad8914610eda578063b485f3b814610e8d578063d8eabcb8146104e5578063e0232b4214610398578063e74b981b146102cd578063eecea000146101bb5763f2b863ce1461015157600080fd5b346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85760ff604060209273ffffffffffffffffffffffffffffffffffffffff6101a4612c5a565b168152600484522054166040519015158152f35b80fd5b50346101b85760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b8576101f3612c5a565b602435801515908181036102c85761029790338552600660205273ffffffffffffffffffffffffffffffffffffffff604086209416938460005260205261024f60ff604060002054161515841415610249612fdd565b90612f41565b3385526006602052604085208460005260205260406000209060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b60405190815233907fd5e969f01efe921d3f766bdebad25f0a05e3f237311f56482bf132d0326309c060203392a480f35b600080fd5b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85761036c610308612c5a565b7fffffffffffffffffffffffff000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff91610350838654163314610249612f08565b826001549116938493610361612fdd565b908316851415612f41565b16176001557f2e979f80fe4d43055c584cf4a8467c55875ea36728fc37176c05acd784eb7a738280a280f35b50346101b85760607ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b8576103d0612c5a565b6024358260443567ffffffffffffffff81116104e15761040973ffffffffffffffffffffffffffffffffffffffff913690600401612de8565b91909461041f6104176132c2565b861515612f41565b1693846040518581527fc76f1b4fe4396ac07a9fa55a415d4ca430e72651d37d3401f3bed7cb13fc4f1260203392a361045984338761394a565b333b156104d25761049b91839160405193849283927f31f57072000000000000000000000000000000000000000000000000000000008452886004850161319c565b038183335af180156104d6576104be575b50506104bb9130903390613ab9565b80f35b6104c790612cc3565b6104d25782386104ac565b8280fd5b6040513d84823e3d90fd5b5080fd5b50346101b8576101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85761051f36612d50565b9073ffffffffffffffffffffffffffffffffffffffff60a4351660a435036102c8576101043567ffffffffffffffff81116104e157610562903690600401612de8565b9160c4359260e4359260a0862093848452600360205261059f6fffffffffffffffffffffffffffffffff6002604087200154161515610249613016565b6105b46105aa6130f9565b8215881518612f41565b6105be858861336e565b6004602073ffffffffffffffffffffffffffffffffffffffff60408a015116604051928380927fa035b1fe0000000000000000000000000000000000000000000000000000000082525afa908115610e82578591610e50575b506106666106298260a435898c61376d565b156040519061063782612cf3565b601382527f706f736974696f6e206973206865616c746879000000000000000000000000006020830152612f41565b6080880151670de0b6b3a764000003670de0b6b3a76400008111610ca057670429d069189e00009080820291820403610ccd57670de0b6b3a764000090049182670de0b6b3a76400000392670de0b6b3a76400008411610e2357670de0b6b3a764000014610df4578715610cfc57506106df908761383b565b6ec097ce7bc90715b34b9f0fffffffff8101809111610ccd576ec097ce7bc90715b34b9f1000000000900480670de0b6b3a7640000810204670de0b6b3a76400001481151715610ccd57670ff59ee833b300006ec097ce7bc90715b34b9f10000000008390048082189082110281187fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff810111610ca057610807926107d9926ec097ce7bc90715b34b9f10000000009190910480831890831102909118906107d4907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff830190670de0b6b3a76400000261316b565b61384e565b85855260036020526001604086200154906fffffffffffffffffffffffffffffffff8260801c921690613c33565b935b808452600360205261083960016040862001546fffffffffffffffffffffffffffffffff8160801c911687613c55565b9461084381613c78565b82865260026020526040862073ffffffffffffffffffffffffffffffffffffffff60a4351660005260205260016040600020016fffffffffffffffffffffffffffffffff61089582549382851661322e565b167fffffffffffffffffffffffffffffffff000000000000000000000000000000008093161790556109266108c983613c78565b84885260036020526108e6600160408a200191825460801c61322e565b6fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b82865260036020526109576fffffffffffffffffffffffffffffffff60016040892001541688808203911102613c78565b83875260036020526fffffffffffffffffffffffffffffffff600160408920019116828254161790556109cd61098c89613c78565b84885260026020526040882073ffffffffffffffffffffffffffffffffffffffff60a435166000526020526108e6600160406000200191825460801c61322e565b8590869084885260026020526040882073ffffffffffffffffffffffffffffffffffffffff60a4351660005260205260016040600020015460801c15610b39575b506040519288845260208401528860408401526060830152608082015273ffffffffffffffffffffffffffffffffffffffff60a43516917fa4946ede45d0c6f06a0f5ce92c9ad3b4751452d2fe0e25010783bcab57a67e4160a03393a4610a90853373ffffffffffffffffffffffffffffffffffffffff60208a01511661394a565b81610acc575b505050610ac08173ffffffffffffffffffffffffffffffffffffffff604095511630903390613ab9565b82519182526020820152f35b333b156104d257610b0e91839160405193849283927fcf7ea196000000000000000000000000000000000000000000000000000000008452886004850161319c565b038183335af180156104d657610b25575b80610a96565b610b2f8291612cc3565b6101b85780610b1f565b91505082865260026020526040862073ffffffffffffffffffffffffffffffffffffffff60a435166000526020526fffffffffffffffffffffffffffffffff600160406000200154169083875260036020526001604088200154610bb46fffffffffffffffffffffffffffffffff82169160801c8285613c55565b818110908218021890610bc682613c78565b8589526003602052600160408a200190826fffffffffffffffffffffffffffffffff610bf684549382851661322e565b169116179055610c0582613c78565b85895260036020526040892090826fffffffffffffffffffffffffffffffff610c3284549382851661322e565b169116179055610c61610c4484613c78565b868a5260036020526108e6600160408c200191825460801c61322e565b84885260026020526040882073ffffffffffffffffffffffffffffffffffffffff60a43516600052602052600160406000200190815416905538610a0e565b6024867f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b7f4e487b7100000000000000000000000000000000000000000000000000000000600052601160045260246000fd5b95965090610d78670de0b6b3a7640000918887526003602052610d73600160408920015491670ff59ee833b300009081816ec097ce7bc90715b34b9f10000000000410906ec097ce7bc90715b34b9f10000000000482180218916fffffffffffffffffffffffffffffffff8160801c91168a613c0d565b61383b565b04806ec097ce7bc90715b34b9f10000000008102046ec097ce7bc90715b34b9f10000000001481151715610dc757906ec097ce7bc90715b34b9f1000000000610dc1920261384e565b94610809565b6024857f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b7f4e487b7100000000000000000000000000000000000000000000000000000000600052601260045260246000fd5b6024877f4e487b710000000000000000000000000000000000000000000000000000000081526011600452fd5b90506020813d602011610e7a575b81610e6b60209383612d0f565b810103126102c8575138610617565b3d9150610e5e565b6040513d87823e3d90fd5b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85760ff60406020926004358152600584522054166040519015158152f35b50346101b857610ee936612e16565b849691959296958460a08520808552602096600388526fffffffffffffffffffffffffffffffff98610f288a600260408a200154161515610249613016565b1592610f3e610f356130f9565b82158618612f41565b73ffffffffffffffffffffffffffffffffffffffff809c1693610f62610417613132565b610f6c848a61336e565b6110e757505080855260038752610f8e6040862054898160801c91168b613be8565b975b81865260028852604086208360005288526040600020610fb18a825461316b565b9055610fd8610fbf8a613c78565b83885260038a526108e66040892091825460801c613178565b610fe18a613c78565b828752600389527fffffffffffffffffffffffffffffffff00000000000000000000000000000000604088209261101c845493828516613178565b1691161790556040519089825288888301527fedf8870433c83823eb071d3df1caa8d008f12f6440918c20d75a3602cda30fe060403393a48161107a575b5050508360409561107092511630903390613ab9565b8351928352820152f35b333b156104d2576110bc91839160405193849283927f2075be030000000000000000000000000000000000000000000000000000000084528b6004850161319c565b038183335af180156104d6576110d3575b8061105a565b6110dd8291612cc3565b6101b857806110cd565b61110891999a50828752600389526040872054908b8260801c921690613c55565b98610f90565b50346101b85760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85773ffffffffffffffffffffffffffffffffffffffff604061115d612ca0565b926004358152600260205220911660005260205260606040600020600181549101546040519182526fffffffffffffffffffffffffffffffff8116602083015260801c6040820152f35b50346101b857807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85773ffffffffffffffffffffffffffffffffffffffff6020915416604051908152f35b50346101b85760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85761123136612d50565b60a0812090606081019173ffffffffffffffffffffffffffffffffffffffff808451168552602093600485526112a360ff6040882054166040519061127582612cf3565b600f82527f49524d206e6f7420656e61626c6564000000000000000000000000000000000088830152612f41565b6080840180518752600586526112f560ff604089205416604051906112c782612cf3565b601082527f4c4c5456206e6f7420656e61626c65640000000000000000000000000000000089830152612f41565b838752600386526fffffffffffffffffffffffffffffffff61135681600260408b20015416156040519061132882612cf3565b601682527f6d61726b657420616c72656164792063726561746564000000000000000000008a830152612f41565b84885260038752600260408920019042167fffffffffffffffffffffffffffffffff000000000000000000000000000000008254161790556008865260046040882091848751167fffffffffffffffffffffffff0000000000000000000000000000000000000000908185541617845560018401868a8a01511682825416179055600284018660408a015116828254161790556003840190868651169082541617905551910155827fac4b2400f169220b0c0afdde7a0b32e775ba727ea1cb30b35f935cdaab8683ac60a060405161147281896080809173ffffffffffffffffffffffffffffffffffffffff80825116855280602083015116602086015280604083015116604086015260608201511660608501520151910152565ba25116918261147f578480f35b6114c69284928652600383526040862091866040518096819582947f9451fed40000000000000000000000000000000000000000000000000000000084526004840161304f565b03925af18015611504576114db575b80808480f35b813d83116114fd575b6114ee8183612d0f565b810103126102c85738806114d5565b503d6114e4565b6040513d85823e3d90fd5b50346101b8576101007ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85761154936612d50565b60a435611554612c7d565b60e4359073ffffffffffffffffffffffffffffffffffffffff90818316948584036102c8576104bb958760209361164561163d60a0862092838552600388526115ba6fffffffffffffffffffffffffffffffff6002604088200154161515610249613016565b6115cd6115c56132c2565b8c1515612f41565b6115e06115d8613132565b871515612f41565b6115f46115ec82613328565b6102496131e8565b6115fe848861336e565b611636604061160c8d613c78565b9686815260028b5220958a831696876000528a526108e6600160406000200191825460801c61322e565b838761367c565b610249613289565b60408051338152602081018a90527fe80ebd7cc9223d7382aab2e0d1d6155c65651f83d53c8b9b06901d167e3211429190a401511661394a565b50346101b857610100367ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc018181126104d25760a0136104e1576040516116c581612cd7565b6116cd612c5a565b81526116d7612ca0565b906020908181019283526044359384151585036102c85760408201948552606082016064358152608435608084019080825260607fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff5c360112611a64576040516117749161174382612cf3565b601182527f7369676e6174757265206578706972656400000000000000000000000000000088830152421115612f41565b8151926117e873ffffffffffffffffffffffffffffffffffffffff94858751168b526007885260408b208054906117aa826132fb565b9055604051916117b983612cf3565b600d83527f696e76616c6964206e6f6e6365000000000000000000000000000000000000008a84015214612f41565b60405191868301907f81d0284fb0e2cde18d0553b06189d6f7613c96a01bb5b5e7828eade6a0dcac918252858751166040850152858951166060850152895115156080850152845160a08501525160c084015260c0835260e083019167ffffffffffffffff9184841083851117611a35578360405284519020908401907f190100000000000000000000000000000000000000000000000000000000000082527f00000000000000000000000000000000000000000000000000000000000000006101028601526101228501526042835261016084019183831090831117611a35578a92826040525190209060a4359360ff8516809503611a31578894608093835261018082015260c4356101a08201526101c060e43591015282805260015afa15611a26577fd5e969f01efe921d3f766bdebad25f0a05e3f237311f56482bf132d0326309c092829161197f838a51168015159081611a19575b506040519061195182612cf3565b601182527f696e76616c6964207369676e617475726500000000000000000000000000000089830152612f41565b8282511690516040519081527fa58af1a0c70dba0c7aa60d1a1a147ebd61000d1690a968828ac718bca927f2c7873392a3611a0387511515838351168a526006875260408a2084895116600052875260406000209060ff7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0083541691151516179055565b511693511693511515916040519283523392a480f35b9050848451161438611943565b6040513d88823e3d90fd5b8380fd5b7f4e487b7100000000000000000000000000000000000000000000000000000000600052604160045260246000fd5b8880fd5b50346101b8576020807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126104e1576004359067ffffffffffffffff90818311611a315736602384011215611a31578260040135918211611a3157602491600590368482841b87010111611bd057849181611ae58893613823565b95611af36040519788612d0f565b818752611aff82613823565b947fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08789019601368737845b838110611b7557505050505060405193838594850191818652518092526040850193925b828110611b5e57505050500390f35b835185528695509381019392810192600101611b4f565b9497959694611b83816132fb565b9084811015611ba457851b82018301355481861b8801529597949695611b2b565b838a7f4e487b710000000000000000000000000000000000000000000000000000000081526032600452fd5b8580fd5b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857604060209173ffffffffffffffffffffffffffffffffffffffff611c26612c5a565b168152600783522054604051908152f35b50346101b85760407ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857611c6f612c5a565b6040611c79612ca0565b9273ffffffffffffffffffffffffffffffffffffffff80931681526006602052209116600052602052602060ff604060002054166040519015158152f35b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857604060c091600435815260036020522080546002600183015492015490604051926fffffffffffffffffffffffffffffffff91828116855260801c6020850152818116604085015260801c60608401528116608083015260801c60a0820152f35b50346101b857604090611d5a36612e98565b9294939190858260a08520918288526003602052611d946fffffffffffffffffffffffffffffffff60028c8b200154161515610249613016565b1593611daa611da16130f9565b82158718612f41565b73ffffffffffffffffffffffffffffffffffffffff871694611dcd6115d8613132565b611dd96115ec86613328565b611de3848861336e565b611f4e57505092610ac0949273ffffffffffffffffffffffffffffffffffffffff9285899689526003602052611f0e8b611e37818c20546fffffffffffffffffffffffffffffffff8160801c91168b613c33565b9a5b8381526002602052878282209516948560005260205281600020611e5e8d8254613221565b9055611e85611e6c8d613c78565b85835260036020526108e684842091825460801c61322e565b611e8e8a613c78565b8482526003602052828220907fffffffffffffffffffffffffffffffff000000000000000000000000000000006fffffffffffffffffffffffffffffffff611eda84549382851661322e565b1691161790558381526003602052206fffffffffffffffffffffffffffffffff806001830154169154161015610249613250565b8a5133815260208101889052604081018a90527fa56fc0ad5702ec05ce63666221f796fb62437c32db1aa1aa075fc6484cf58fbf90606090a4511661394a565b8998509282611f0e611fa173ffffffffffffffffffffffffffffffffffffffff968b9996610ac09b99969c5260036020528c8a2054906fffffffffffffffffffffffffffffffff8260801c921690613c0d565b9a8b98611e39565b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857611fe1612c5a565b73ffffffffffffffffffffffffffffffffffffffff90612008828454163314610249612f08565b16808252600460205261202560ff60408420541615610249612fdd565b80825260046020526040822060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790557f590e04cdebeccba40f566186b9746ad295a4cd358ea4fefaaea6ce79630d96c08280a280f35b50346101b85761209036612e98565b909291948294869160a08220958682526003966020968888526fffffffffffffffffffffffffffffffff906120d2826002604088200154161515610249613016565b15936120e86120df6130f9565b8d158718612f41565b73ffffffffffffffffffffffffffffffffffffffff968789169561211561210d613132565b881515612f41565b6121216115ec87613328565b61212b858961336e565b6122e657508a9b5082819b98999a9b528a8a526121566001604083200154838160801c91168a613c33565b9a8b945b61216386613c78565b85845260028d528c8360408620988c8516998a60005283526040600020600101888154958187169061219491613178565b167fffffffffffffffffffffffffffffffff000000000000000000000000000000008096161790556121c590613c78565b91888752526040852060010190815460801c906121e191613178565b81546fffffffffffffffffffffffffffffffff1660809190911b7fffffffffffffffffffffffffffffffff00000000000000000000000000000000161790558c8361222b8d613c78565b91888752526040852060010191868354928184169061224991613178565b16911617905561225a90858961367c565b612262613289565b61226b91612f41565b8382528a526040902090806001830154169154161015612289613250565b61229291612f41565b60408051338152602081018890529081018a90527f570954540bed6b1304a87dfe815a5eda4a648f7097a16240dcd85c9b5fd42a4390606090a45116916122d89261394a565b604051928352820152604090f35b9a5061230d8b9498999a9c8483528d8c52600160408420015490848260801c921690613c0d565b9b8c9861215a565b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b8577f297b80e7a896fad470c630f6575072d609bde997260ff3db851939405ec29139602060043561239073ffffffffffffffffffffffffffffffffffffffff8554163314610249612f08565b808452600582526123ab60ff60408620541615610249612fdd565b6123f36040516123ba81612cf3565b601181527f6d6178204c4c545620657863656564656400000000000000000000000000000084820152670de0b6b3a76400008310612f41565b808452600582526040842060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00825416179055604051908152a180f35b50346101b857807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857602073ffffffffffffffffffffffffffffffffffffffff60015416604051908152f35b50346101b857807ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857604060a091600435815260086020522073ffffffffffffffffffffffffffffffffffffffff8082541691816001820154169160048160028401541691600384015416920154926040519485526020850152604084015260608301526080820152f35b50346101b85760c07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b8576125a736612d50565b7f139d6f58e9a127229667c8e3b36e88890a66cfc8ab1024ddc513e189e125b75b602060a4356125f273ffffffffffffffffffffffffffffffffffffffff8654163314610249612f08565b6126ed60a08520948587526003845261269c866fffffffffffffffffffffffffffffffff9261262e84600260408d200154161515610249613016565b818a526003875261264e600260408c20015460801c871415610249612fdd565b61269760405161265d81612cf3565b601081527f6d61782066656520657863656564656400000000000000000000000000000000898201526703782dace9d90000881115612f41565b61336e565b85875260038452821660026040882001906fffffffffffffffffffffffffffffffff7fffffffffffffffffffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b604051908152a280f35b50346101b8576101007ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b85761273136612d50565b9060a43561273d612c7d565b60e43567ffffffffffffffff8111611a315761275d903690600401612de8565b9060a0862080865260036020526127916fffffffffffffffffffffffffffffffff6002604089200154161515610249613016565b61279c6104176132c2565b73ffffffffffffffffffffffffffffffffffffffff809416906127c86127c0613132565b831515612f41565b6127fb6127d487613c78565b828952600260205260408920848a526020526108e6600160408b200191825460801c613178565b604051908682527fa3b9472a1399e17e123f3c2e6586c23e504184d504de59cdaa2b375e880c618460203393a481612843575b505060206104bb939401511630903390613ab9565b333b156128bd5761288591859160405193849283927fb1022fdf000000000000000000000000000000000000000000000000000000008452886004850161319c565b038183335af180156128b25761289c575b8061282e565b6104bb936128ab602092612cc3565b9350612896565b6040513d86823e3d90fd5b8480fd5b50346101b8576128d036612e16565b849691959296958460a0852080855260036020978189526fffffffffffffffffffffffffffffffff996129108b600260408b200154161515610249613016565b159361291d611da16130f9565b73ffffffffffffffffffffffffffffffffffffffff809d16946129416115d8613132565b61294b858b61336e565b612af757505081865280885261296f60016040882001548a8160801c91168c613be8565b985b61297a8a613c78565b9083885260028a52604088208589528a5260016040892001816129a182549482861661322e565b167fffffffffffffffffffffffffffffffff000000000000000000000000000000008094161790556129f06129d58c613c78565b858a52848c526108e6600160408c200191825460801c61322e565b838852828a52612a0f81600160408b200154168d808203911102613c78565b928489528a52600160408920019216908254161790556040519089825288888301527f52acb05cebbd3cd39715469f22afbf5a17496295ef3bc9bb5944056c63ccaa0960403393a481612a72575050508360409561107092511630903390613ab9565b333b156104d257918091612ab59360405194859283927f05b4591c0000000000000000000000000000000000000000000000000000000084528b6004850161319c565b038183335af1908115612aeb575095611070928692604098612adc575b509281975061105a565b612ae590612cc3565b38612ad2565b604051903d90823e3d90fd5b612b1a919a9b50838852828a526001604089200154908c8260801c921690613c55565b99612971565b50346101b85760a07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b8576104bb612b5c36612d50565b60a081209081845260036020526126976fffffffffffffffffffffffffffffffff6002604087200154161515610249613016565b50346101b85760207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc3601126101b857612c2f612bcb612c5a565b7fffffffffffffffffffffffff0000000000000000000000000000000000000000835473ffffffffffffffffffffffffffffffffffffffff80821693612c1a612c12612f08565b863314612f41565b16938493612c26612fdd565b90851415612f41565b161782557f167d3e9c1016ab80e58802ca9da10ce5c6a0f4debc46a2e7a2cd9e56899a4fb58280a280f35b6004359073ffffffffffffffffffffffffffffffffffffffff821682036102c857565b60c4359073ffffffffffffffffffffffffffffffffffffffff821682036102c857565b6024359073ffffffffffffffffffffffffffffffffffffffff821682036102c857565b67ffffffffffffffff8111611a3557604052565b60a0810190811067ffffffffffffffff821117611a3557604052565b6040810190811067ffffffffffffffff821117611a3557604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff821117611a3557604052565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc60a09101126102c85760405190612d8782612cd7565b8173ffffffffffffffffffffffffffffffffffffffff60043581811681036102c857825260243581811681036102c857602083015260443581811681036102c857604083015260643590811681036102c85760608201526080608435910152565b9181601f840112156102c85782359167ffffffffffffffff83116102c857602083818601950101116102c857565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102c857612e4a81612d50565b9160a4359160c4359160e43573ffffffffffffffffffffffffffffffffffffffff811681036102c85791610104359067ffffffffffffffff82116102c857612e9491600401612de8565b9091565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc8201126102c857612ecc90612d50565b9060a4359060c4359073ffffffffffffffffffffffffffffffffffffffff9060e43582811681036102c857916101043590811681036102c85790565b60405190612f1582612cf3565b600982527f6e6f74206f776e657200000000000000000000000000000000000000000000006020830152565b15612f495750565b604051907f08c379a000000000000000000000000000000000000000000000000000000000825281602080600483015282519283602484015260005b848110612fc6575050507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f836000604480968601015201168101030190fd5b818101830151868201604401528593508201612f85565b60405190612fea82612cf3565b600b82527f616c7265616479207365740000000000000000000000000000000000000000006020830152565b6040519061302382612cf3565b601282527f6d61726b6574206e6f74206372656174656400000000000000000000000000006020830152565b909291610140906130a9836101608101966080809173ffffffffffffffffffffffffffffffffffffffff80825116855280602083015116602086015280604083015116604086015260608201511660608501520151910152565b60028154916fffffffffffffffffffffffffffffffff9283811660a087015260801c60c0860152600181015483811660e087015260801c610100860152015490811661012084015260801c910152565b6040519061310682612cf3565b601282527f696e636f6e73697374656e7420696e70757400000000000000000000000000006020830152565b6040519061313f82612cf3565b600c82527f7a65726f206164647265737300000000000000000000000000000000000000006020830152565b91908201809211610ccd57565b9190916fffffffffffffffffffffffffffffffff80809416911601918211610ccd57565b9183606094601f927fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0948652604060208701528160408701528686013760008582860101520116010190565b604051906131f582612cf3565b600c82527f756e617574686f72697a656400000000000000000000000000000000000000006020830152565b91908203918211610ccd57565b6fffffffffffffffffffffffffffffffff9182169082160391908211610ccd57565b6040519061325d82612cf3565b601682527f696e73756666696369656e74206c6971756964697479000000000000000000006020830152565b6040519061329682612cf3565b601782527f696e73756666696369656e7420636f6c6c61746572616c0000000000000000006020830152565b604051906132cf82612cf3565b600b82527f7a65726f206173736574730000000000000000000000000000000000000000006020830152565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8114610ccd5760010190565b73ffffffffffffffffffffffffffffffffffffffff1680331490811561334c575090565b9050600052600660205260406000203360005260205260ff6040600020541690565b91906000908082526003916020928084526fffffffffffffffffffffffffffffffff936040936133a686600287872001541642613221565b80156136715773ffffffffffffffffffffffffffffffffffffffff908160608b01511680613409575b50505060029596975083525220019042167fffffffffffffffffffffffffffffffff00000000000000000000000000000000825416179055565b61344d8591858952878352898920898b519e8f94859384927f9451fed40000000000000000000000000000000000000000000000000000000084526004840161304f565b03925af1998a1561366757869a613637575b50606088999a6134f087898796898860029f8f7f9d9bd501d0657d7dfe415f779a620a62b78bc508ddc0891fbbd8b7ac0f8fce879a8387528785526134fb6134b0846001858b20015416928c61383b565b916134f5671bc16d674ec800006134c7858061383b565b0493670de0b6b3a76400009c856729a2241af62c00008f97846134e99161383b565b049261316b565b61316b565b9061383b565b049561350687613c78565b84825288865260018383200184613521825493828516613178565b167fffffffffffffffffffffffffffffffff0000000000000000000000000000000080931617905561355288613c78565b858352898752838320918561356b845493828516613178565b16911617905580978482528086526002838320015460801c998a6135aa575b505090519889525050505050888401528a83015250a287969538806133cf565b8899506135bf6135ce97989b6135e19a61383b565b04968795835252205416613221565b888d528b8b528d8d205460801c91613be8565b91868b528c89528b8b2090600154168b5288528a8a2061360283825461316b565b905561362761361083613c78565b878c528a8a526108e68d8d2091825460801c613178565b819038898f89908f8f8f8661358a565b9099508381813d8311613660575b61364f8183612d0f565b81010312611bd0575198606061345f565b503d613645565b87513d88823e3d90fd5b505050505050509050565b909291600093808552602092600284526040862073ffffffffffffffffffffffffffffffffffffffff90818516885285526fffffffffffffffffffffffffffffffff600160408920015416156137625784600491604084015116604051928380927fa035b1fe0000000000000000000000000000000000000000000000000000000082525afa948515613757578795613720575b505061371d94955061376d565b90565b9080929550813d8311613750575b6137388183612d0f565b81010312611bd05761371d9495505192859438613710565b503d61372e565b6040513d89823e3d90fd5b506001955050505050565b60806ec097ce7bc90715b34b9f100000000061381361381d949660016040670de0b6b3a7640000986000908b8252600260205273ffffffffffffffffffffffffffffffffffffffff8383209116908183526020526137f86fffffffffffffffffffffffffffffffff8d8187878720015416908552600360205286868620015491828c1c921690613c55565b9b82526002602052828220908252602052200154841c61383b565b049101519061383b565b04101590565b67ffffffffffffffff8111611a355760051b60200190565b81810292918115918404141715610ccd57565b8115610df4570490565b906138629161383b565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff810191818311610ccd5761371d926107d49161316b565b604051906138a882612cf3565b600782527f6e6f20636f6465000000000000000000000000000000000000000000000000006020830152565b3d1561392d573d9067ffffffffffffffff8211611a35576040519161392160207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f8401160184612d0f565b82523d6000602084013e565b606090565b908160209103126102c8575180151581036102c85790565b613a9d92600092836139da613a0673ffffffffffffffffffffffffffffffffffffffff83961694613980863b151561024961389b565b60405192839160208301967fa9059cbb000000000000000000000000000000000000000000000000000000008852602484016020909392919373ffffffffffffffffffffffffffffffffffffffff60408201951681520152565b037fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe08101835282612d0f565b51925af1613a52613a156138d4565b9160405190613a2382612cf3565b601182527f7472616e736665722072657665727465640000000000000000000000000000006020830152612f41565b8051908115918215613a9f575b505060405190613a6e82612cf3565b601782527f7472616e736665722072657475726e65642066616c73650000000000000000006020830152612f41565b565b613ab29250602080918301019101613932565b3880613a5f565b60009291838093613a9d9673ffffffffffffffffffffffffffffffffffffffff80951694613aec863b151561024961389b565b604051928160208501967f23b872dd000000000000000000000000000000000000000000000000000000008852166024850152166044830152606482015260648152613b3781612cd7565b51925af1613b83613b466138d4565b9160405190613b5482612cf3565b601582527f7472616e7366657246726f6d20726576657274656400000000000000000000006020830152612f41565b8051908115918215613bce575b505060405190613b9f82612cf3565b601b82527f7472616e7366657246726f6d2072657475726e65642066616c736500000000006020830152612f41565b613be19250602080918301019101613932565b3880613b90565b620f42408301809311610ccd5760018201809211610ccd5761371d926107d49161383b565b6001820192918310610ccd57620f42408201809211610ccd5761371d926107d49161383b565b91620f42408101809111610ccd5760018201809211610ccd5761371d92613858565b919060018101809111610ccd57620f42408201809211610ccd5761371d92613858565b60405190613c8582612cf3565b601482527f6d61782075696e743132382065786365656465640000000000000000000000006020830152613ccd6fffffffffffffffffffffffffffffffff9283831115612f41565b169056fea26469706673582212208ca5d5b857ff52f997bbe345fbb3b48cc492338c5c4971356743942b66044af564736f6c63430008130033",
}

// Morpho is an auto generated Go binding around an Ethereum contract.
type Morpho struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Morpho) GetABI() abi.ABI {
	return c.abi
}

// NewMorpho creates a new instance of Morpho.
func NewMorpho() *Morpho {
	parsed, err := MorphoMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Morpho{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Morpho) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address newOwner) returns()
func (morpho *Morpho) PackConstructor(newOwner common.Address) []byte {
	enc, err := morpho.abi.Pack("", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (morpho *Morpho) PackDOMAINSEPARATOR() []byte {
	enc, err := morpho.abi.Pack("DOMAIN_SEPARATOR")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINSEPARATOR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3644e515.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (morpho *Morpho) TryPackDOMAINSEPARATOR() ([]byte, error) {
	return morpho.abi.Pack("DOMAIN_SEPARATOR")
}

// UnpackDOMAINSEPARATOR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3644e515.
//
// Solidity: function DOMAIN_SEPARATOR() view returns(bytes32)
func (morpho *Morpho) UnpackDOMAINSEPARATOR(data []byte) ([32]byte, error) {
	out, err := morpho.abi.Unpack("DOMAIN_SEPARATOR", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x151c1ade.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueInterest((address,address,address,address,uint256) marketParams) returns()
func (morpho *Morpho) PackAccrueInterest(marketParams MarketParams) []byte {
	enc, err := morpho.abi.Pack("accrueInterest", marketParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x151c1ade.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueInterest((address,address,address,address,uint256) marketParams) returns()
func (morpho *Morpho) TryPackAccrueInterest(marketParams MarketParams) ([]byte, error) {
	return morpho.abi.Pack("accrueInterest", marketParams)
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cd4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) PackBorrow(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morpho.abi.Pack("borrow", marketParams, assets, shares, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50d8cd4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) TryPackBorrow(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morpho.abi.Pack("borrow", marketParams, assets, shares, onBehalf, receiver)
}

// BorrowOutput serves as a container for the return parameters of contract
// method Borrow.
type BorrowOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50d8cd4b.
//
// Solidity: function borrow((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) UnpackBorrow(data []byte) (BorrowOutput, error) {
	out, err := morpho.abi.Unpack("borrow", data)
	outstruct := new(BorrowOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1358a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createMarket((address,address,address,address,uint256) marketParams) returns()
func (morpho *Morpho) PackCreateMarket(marketParams MarketParams) []byte {
	enc, err := morpho.abi.Pack("createMarket", marketParams)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8c1358a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createMarket((address,address,address,address,uint256) marketParams) returns()
func (morpho *Morpho) TryPackCreateMarket(marketParams MarketParams) ([]byte, error) {
	return morpho.abi.Pack("createMarket", marketParams)
}

// PackEnableIrm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a64f51e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enableIrm(address irm) returns()
func (morpho *Morpho) PackEnableIrm(irm common.Address) []byte {
	enc, err := morpho.abi.Pack("enableIrm", irm)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnableIrm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a64f51e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enableIrm(address irm) returns()
func (morpho *Morpho) TryPackEnableIrm(irm common.Address) ([]byte, error) {
	return morpho.abi.Pack("enableIrm", irm)
}

// PackEnableLltv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d98a93b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function enableLltv(uint256 lltv) returns()
func (morpho *Morpho) PackEnableLltv(lltv *big.Int) []byte {
	enc, err := morpho.abi.Pack("enableLltv", lltv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEnableLltv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d98a93b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function enableLltv(uint256 lltv) returns()
func (morpho *Morpho) TryPackEnableLltv(lltv *big.Int) ([]byte, error) {
	return morpho.abi.Pack("enableLltv", lltv)
}

// PackExtSloads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7784c685.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function extSloads(bytes32[] slots) view returns(bytes32[] res)
func (morpho *Morpho) PackExtSloads(slots [][32]byte) []byte {
	enc, err := morpho.abi.Pack("extSloads", slots)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExtSloads is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7784c685.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function extSloads(bytes32[] slots) view returns(bytes32[] res)
func (morpho *Morpho) TryPackExtSloads(slots [][32]byte) ([]byte, error) {
	return morpho.abi.Pack("extSloads", slots)
}

// UnpackExtSloads is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7784c685.
//
// Solidity: function extSloads(bytes32[] slots) view returns(bytes32[] res)
func (morpho *Morpho) UnpackExtSloads(data []byte) ([][32]byte, error) {
	out, err := morpho.abi.Unpack("extSloads", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}

// PackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function feeRecipient() view returns(address)
func (morpho *Morpho) PackFeeRecipient() []byte {
	enc, err := morpho.abi.Pack("feeRecipient")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x46904840.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function feeRecipient() view returns(address)
func (morpho *Morpho) TryPackFeeRecipient() ([]byte, error) {
	return morpho.abi.Pack("feeRecipient")
}

// UnpackFeeRecipient is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x46904840.
//
// Solidity: function feeRecipient() view returns(address)
func (morpho *Morpho) UnpackFeeRecipient(data []byte) (common.Address, error) {
	out, err := morpho.abi.Unpack("feeRecipient", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0232b42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function flashLoan(address token, uint256 assets, bytes data) returns()
func (morpho *Morpho) PackFlashLoan(token common.Address, assets *big.Int, data []byte) []byte {
	enc, err := morpho.abi.Pack("flashLoan", token, assets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFlashLoan is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0232b42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function flashLoan(address token, uint256 assets, bytes data) returns()
func (morpho *Morpho) TryPackFlashLoan(token common.Address, assets *big.Int, data []byte) ([]byte, error) {
	return morpho.abi.Pack("flashLoan", token, assets, data)
}

// PackIdToMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c9157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function idToMarketParams(bytes32 ) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morpho *Morpho) PackIdToMarketParams(arg0 [32]byte) []byte {
	enc, err := morpho.abi.Pack("idToMarketParams", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdToMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c3c9157.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function idToMarketParams(bytes32 ) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morpho *Morpho) TryPackIdToMarketParams(arg0 [32]byte) ([]byte, error) {
	return morpho.abi.Pack("idToMarketParams", arg0)
}

// IdToMarketParamsOutput serves as a container for the return parameters of contract
// method IdToMarketParams.
type IdToMarketParamsOutput struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// UnpackIdToMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c3c9157.
//
// Solidity: function idToMarketParams(bytes32 ) view returns(address loanToken, address collateralToken, address oracle, address irm, uint256 lltv)
func (morpho *Morpho) UnpackIdToMarketParams(data []byte) (IdToMarketParamsOutput, error) {
	out, err := morpho.abi.Unpack("idToMarketParams", data)
	outstruct := new(IdToMarketParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.LoanToken = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.CollateralToken = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Oracle = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Irm = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.Lltv = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e4ad9e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorized(address , address ) view returns(bool)
func (morpho *Morpho) PackIsAuthorized(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := morpho.abi.Pack("isAuthorized", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65e4ad9e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorized(address , address ) view returns(bool)
func (morpho *Morpho) TryPackIsAuthorized(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return morpho.abi.Pack("isAuthorized", arg0, arg1)
}

// UnpackIsAuthorized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65e4ad9e.
//
// Solidity: function isAuthorized(address , address ) view returns(bool)
func (morpho *Morpho) UnpackIsAuthorized(data []byte) (bool, error) {
	out, err := morpho.abi.Unpack("isAuthorized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsIrmEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b863ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isIrmEnabled(address ) view returns(bool)
func (morpho *Morpho) PackIsIrmEnabled(arg0 common.Address) []byte {
	enc, err := morpho.abi.Pack("isIrmEnabled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsIrmEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2b863ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isIrmEnabled(address ) view returns(bool)
func (morpho *Morpho) TryPackIsIrmEnabled(arg0 common.Address) ([]byte, error) {
	return morpho.abi.Pack("isIrmEnabled", arg0)
}

// UnpackIsIrmEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2b863ce.
//
// Solidity: function isIrmEnabled(address ) view returns(bool)
func (morpho *Morpho) UnpackIsIrmEnabled(data []byte) (bool, error) {
	out, err := morpho.abi.Unpack("isIrmEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsLltvEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb485f3b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isLltvEnabled(uint256 ) view returns(bool)
func (morpho *Morpho) PackIsLltvEnabled(arg0 *big.Int) []byte {
	enc, err := morpho.abi.Pack("isLltvEnabled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsLltvEnabled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb485f3b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isLltvEnabled(uint256 ) view returns(bool)
func (morpho *Morpho) TryPackIsLltvEnabled(arg0 *big.Int) ([]byte, error) {
	return morpho.abi.Pack("isLltvEnabled", arg0)
}

// UnpackIsLltvEnabled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb485f3b8.
//
// Solidity: function isLltvEnabled(uint256 ) view returns(bool)
func (morpho *Morpho) UnpackIsLltvEnabled(data []byte) (bool, error) {
	out, err := morpho.abi.Unpack("isLltvEnabled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8eabcb8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morpho *Morpho) PackLiquidate(marketParams MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) []byte {
	enc, err := morpho.abi.Pack("liquidate", marketParams, borrower, seizedAssets, repaidShares, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8eabcb8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morpho *Morpho) TryPackLiquidate(marketParams MarketParams, borrower common.Address, seizedAssets *big.Int, repaidShares *big.Int, data []byte) ([]byte, error) {
	return morpho.abi.Pack("liquidate", marketParams, borrower, seizedAssets, repaidShares, data)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8eabcb8.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, address borrower, uint256 seizedAssets, uint256 repaidShares, bytes data) returns(uint256, uint256)
func (morpho *Morpho) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := morpho.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60e39a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market(bytes32 ) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morpho *Morpho) PackMarket(arg0 [32]byte) []byte {
	enc, err := morpho.abi.Pack("market", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c60e39a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market(bytes32 ) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morpho *Morpho) TryPackMarket(arg0 [32]byte) ([]byte, error) {
	return morpho.abi.Pack("market", arg0)
}

// MarketOutput serves as a container for the return parameters of contract
// method Market.
type MarketOutput struct {
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	LastUpdate        *big.Int
	Fee               *big.Int
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c60e39a.
//
// Solidity: function market(bytes32 ) view returns(uint128 totalSupplyAssets, uint128 totalSupplyShares, uint128 totalBorrowAssets, uint128 totalBorrowShares, uint128 lastUpdate, uint128 fee)
func (morpho *Morpho) UnpackMarket(data []byte) (MarketOutput, error) {
	out, err := morpho.abi.Unpack("market", data)
	outstruct := new(MarketOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.TotalSupplyAssets = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalSupplyShares = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.TotalBorrowAssets = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.TotalBorrowShares = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.LastUpdate = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70ae92d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce(address ) view returns(uint256)
func (morpho *Morpho) PackNonce(arg0 common.Address) []byte {
	enc, err := morpho.abi.Pack("nonce", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70ae92d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce(address ) view returns(uint256)
func (morpho *Morpho) TryPackNonce(arg0 common.Address) ([]byte, error) {
	return morpho.abi.Pack("nonce", arg0)
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70ae92d2.
//
// Solidity: function nonce(address ) view returns(uint256)
func (morpho *Morpho) UnpackNonce(data []byte) (*big.Int, error) {
	out, err := morpho.abi.Unpack("nonce", data)
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
func (morpho *Morpho) PackOwner() []byte {
	enc, err := morpho.abi.Pack("owner")
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
func (morpho *Morpho) TryPackOwner() ([]byte, error) {
	return morpho.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (morpho *Morpho) UnpackOwner(data []byte) (common.Address, error) {
	out, err := morpho.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c52062.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(bytes32 , address ) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morpho *Morpho) PackPosition(arg0 [32]byte, arg1 common.Address) []byte {
	enc, err := morpho.abi.Pack("position", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93c52062.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position(bytes32 , address ) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morpho *Morpho) TryPackPosition(arg0 [32]byte, arg1 common.Address) ([]byte, error) {
	return morpho.abi.Pack("position", arg0, arg1)
}

// PositionOutput serves as a container for the return parameters of contract
// method Position.
type PositionOutput struct {
	SupplyShares *big.Int
	BorrowShares *big.Int
	Collateral   *big.Int
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93c52062.
//
// Solidity: function position(bytes32 , address ) view returns(uint256 supplyShares, uint128 borrowShares, uint128 collateral)
func (morpho *Morpho) UnpackPosition(data []byte) (PositionOutput, error) {
	out, err := morpho.abi.Unpack("position", data)
	outstruct := new(PositionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SupplyShares = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.BorrowShares = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Collateral = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b76e81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) PackRepay(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morpho.abi.Pack("repay", marketParams, assets, shares, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x20b76e81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) TryPackRepay(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morpho.abi.Pack("repay", marketParams, assets, shares, onBehalf, data)
}

// RepayOutput serves as a container for the return parameters of contract
// method Repay.
type RepayOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x20b76e81.
//
// Solidity: function repay((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) UnpackRepay(data []byte) (RepayOutput, error) {
	out, err := morpho.abi.Unpack("repay", data)
	outstruct := new(RepayOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSetAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecea000.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAuthorization(address authorized, bool newIsAuthorized) returns()
func (morpho *Morpho) PackSetAuthorization(authorized common.Address, newIsAuthorized bool) []byte {
	enc, err := morpho.abi.Pack("setAuthorization", authorized, newIsAuthorized)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAuthorization is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeecea000.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAuthorization(address authorized, bool newIsAuthorized) returns()
func (morpho *Morpho) TryPackSetAuthorization(authorized common.Address, newIsAuthorized bool) ([]byte, error) {
	return morpho.abi.Pack("setAuthorization", authorized, newIsAuthorized)
}

// PackSetAuthorizationWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069218f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAuthorizationWithSig((address,address,bool,uint256,uint256) authorization, (uint8,bytes32,bytes32) signature) returns()
func (morpho *Morpho) PackSetAuthorizationWithSig(authorization Authorization, signature Signature) []byte {
	enc, err := morpho.abi.Pack("setAuthorizationWithSig", authorization, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAuthorizationWithSig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069218f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAuthorizationWithSig((address,address,bool,uint256,uint256) authorization, (uint8,bytes32,bytes32) signature) returns()
func (morpho *Morpho) TryPackSetAuthorizationWithSig(authorization Authorization, signature Signature) ([]byte, error) {
	return morpho.abi.Pack("setAuthorizationWithSig", authorization, signature)
}

// PackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b4f013c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFee((address,address,address,address,uint256) marketParams, uint256 newFee) returns()
func (morpho *Morpho) PackSetFee(marketParams MarketParams, newFee *big.Int) []byte {
	enc, err := morpho.abi.Pack("setFee", marketParams, newFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b4f013c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFee((address,address,address,address,uint256) marketParams, uint256 newFee) returns()
func (morpho *Morpho) TryPackSetFee(marketParams MarketParams, newFee *big.Int) ([]byte, error) {
	return morpho.abi.Pack("setFee", marketParams, newFee)
}

// PackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (morpho *Morpho) PackSetFeeRecipient(newFeeRecipient common.Address) []byte {
	enc, err := morpho.abi.Pack("setFeeRecipient", newFeeRecipient)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeRecipient is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe74b981b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeRecipient(address newFeeRecipient) returns()
func (morpho *Morpho) TryPackSetFeeRecipient(newFeeRecipient common.Address) ([]byte, error) {
	return morpho.abi.Pack("setFeeRecipient", newFeeRecipient)
}

// PackSetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13af4035.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOwner(address newOwner) returns()
func (morpho *Morpho) PackSetOwner(newOwner common.Address) []byte {
	enc, err := morpho.abi.Pack("setOwner", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13af4035.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOwner(address newOwner) returns()
func (morpho *Morpho) TryPackSetOwner(newOwner common.Address) ([]byte, error) {
	return morpho.abi.Pack("setOwner", newOwner)
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99aad89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) PackSupply(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morpho.abi.Pack("supply", marketParams, assets, shares, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa99aad89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) TryPackSupply(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morpho.abi.Pack("supply", marketParams, assets, shares, onBehalf, data)
}

// SupplyOutput serves as a container for the return parameters of contract
// method Supply.
type SupplyOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa99aad89.
//
// Solidity: function supply((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, bytes data) returns(uint256, uint256)
func (morpho *Morpho) UnpackSupply(data []byte) (SupplyOutput, error) {
	out, err := morpho.abi.Unpack("supply", data)
	outstruct := new(SupplyOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSupplyCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238d6579.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, bytes data) returns()
func (morpho *Morpho) PackSupplyCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, data []byte) []byte {
	enc, err := morpho.abi.Pack("supplyCollateral", marketParams, assets, onBehalf, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238d6579.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, bytes data) returns()
func (morpho *Morpho) TryPackSupplyCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, data []byte) ([]byte, error) {
	return morpho.abi.Pack("supplyCollateral", marketParams, assets, onBehalf, data)
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c2bea49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) PackWithdraw(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morpho.abi.Pack("withdraw", marketParams, assets, shares, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c2bea49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) TryPackWithdraw(marketParams MarketParams, assets *big.Int, shares *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morpho.abi.Pack("withdraw", marketParams, assets, shares, onBehalf, receiver)
}

// WithdrawOutput serves as a container for the return parameters of contract
// method Withdraw.
type WithdrawOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c2bea49.
//
// Solidity: function withdraw((address,address,address,address,uint256) marketParams, uint256 assets, uint256 shares, address onBehalf, address receiver) returns(uint256, uint256)
func (morpho *Morpho) UnpackWithdraw(data []byte) (WithdrawOutput, error) {
	out, err := morpho.abi.Unpack("withdraw", data)
	outstruct := new(WithdrawOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8720316d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, address receiver) returns()
func (morpho *Morpho) PackWithdrawCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, receiver common.Address) []byte {
	enc, err := morpho.abi.Pack("withdrawCollateral", marketParams, assets, onBehalf, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8720316d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral((address,address,address,address,uint256) marketParams, uint256 assets, address onBehalf, address receiver) returns()
func (morpho *Morpho) TryPackWithdrawCollateral(marketParams MarketParams, assets *big.Int, onBehalf common.Address, receiver common.Address) ([]byte, error) {
	return morpho.abi.Pack("withdrawCollateral", marketParams, assets, onBehalf, receiver)
}

// MorphoAccrueInterest represents a AccrueInterest event raised by the Morpho contract.
type MorphoAccrueInterest struct {
	Id             [32]byte
	PrevBorrowRate *big.Int
	Interest       *big.Int
	FeeShares      *big.Int
	Raw            *types.Log // Blockchain specific contextual infos
}

const MorphoAccrueInterestEventName = "AccrueInterest"

// ContractEventName returns the user-defined event name.
func (MorphoAccrueInterest) ContractEventName() string {
	return MorphoAccrueInterestEventName
}

// UnpackAccrueInterestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccrueInterest(bytes32 indexed id, uint256 prevBorrowRate, uint256 interest, uint256 feeShares)
func (morpho *Morpho) UnpackAccrueInterestEvent(log *types.Log) (*MorphoAccrueInterest, error) {
	event := "AccrueInterest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoAccrueInterest)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoBorrow represents a Borrow event raised by the Morpho contract.
type MorphoBorrow struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (MorphoBorrow) ContractEventName() string {
	return MorphoBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets, uint256 shares)
func (morpho *Morpho) UnpackBorrowEvent(log *types.Log) (*MorphoBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoBorrow)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoCreateMarket represents a CreateMarket event raised by the Morpho contract.
type MorphoCreateMarket struct {
	Id           [32]byte
	MarketParams MarketParams
	Raw          *types.Log // Blockchain specific contextual infos
}

const MorphoCreateMarketEventName = "CreateMarket"

// ContractEventName returns the user-defined event name.
func (MorphoCreateMarket) ContractEventName() string {
	return MorphoCreateMarketEventName
}

// UnpackCreateMarketEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CreateMarket(bytes32 indexed id, (address,address,address,address,uint256) marketParams)
func (morpho *Morpho) UnpackCreateMarketEvent(log *types.Log) (*MorphoCreateMarket, error) {
	event := "CreateMarket"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoCreateMarket)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoEnableIrm represents a EnableIrm event raised by the Morpho contract.
type MorphoEnableIrm struct {
	Irm common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const MorphoEnableIrmEventName = "EnableIrm"

// ContractEventName returns the user-defined event name.
func (MorphoEnableIrm) ContractEventName() string {
	return MorphoEnableIrmEventName
}

// UnpackEnableIrmEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnableIrm(address indexed irm)
func (morpho *Morpho) UnpackEnableIrmEvent(log *types.Log) (*MorphoEnableIrm, error) {
	event := "EnableIrm"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoEnableIrm)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoEnableLltv represents a EnableLltv event raised by the Morpho contract.
type MorphoEnableLltv struct {
	Lltv *big.Int
	Raw  *types.Log // Blockchain specific contextual infos
}

const MorphoEnableLltvEventName = "EnableLltv"

// ContractEventName returns the user-defined event name.
func (MorphoEnableLltv) ContractEventName() string {
	return MorphoEnableLltvEventName
}

// UnpackEnableLltvEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EnableLltv(uint256 lltv)
func (morpho *Morpho) UnpackEnableLltvEvent(log *types.Log) (*MorphoEnableLltv, error) {
	event := "EnableLltv"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoEnableLltv)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoFlashLoan represents a FlashLoan event raised by the Morpho contract.
type MorphoFlashLoan struct {
	Caller common.Address
	Token  common.Address
	Assets *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MorphoFlashLoanEventName = "FlashLoan"

// ContractEventName returns the user-defined event name.
func (MorphoFlashLoan) ContractEventName() string {
	return MorphoFlashLoanEventName
}

// UnpackFlashLoanEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FlashLoan(address indexed caller, address indexed token, uint256 assets)
func (morpho *Morpho) UnpackFlashLoanEvent(log *types.Log) (*MorphoFlashLoan, error) {
	event := "FlashLoan"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoFlashLoan)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoIncrementNonce represents a IncrementNonce event raised by the Morpho contract.
type MorphoIncrementNonce struct {
	Caller     common.Address
	Authorizer common.Address
	UsedNonce  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const MorphoIncrementNonceEventName = "IncrementNonce"

// ContractEventName returns the user-defined event name.
func (MorphoIncrementNonce) ContractEventName() string {
	return MorphoIncrementNonceEventName
}

// UnpackIncrementNonceEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IncrementNonce(address indexed caller, address indexed authorizer, uint256 usedNonce)
func (morpho *Morpho) UnpackIncrementNonceEvent(log *types.Log) (*MorphoIncrementNonce, error) {
	event := "IncrementNonce"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoIncrementNonce)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoLiquidate represents a Liquidate event raised by the Morpho contract.
type MorphoLiquidate struct {
	Id            [32]byte
	Caller        common.Address
	Borrower      common.Address
	RepaidAssets  *big.Int
	RepaidShares  *big.Int
	SeizedAssets  *big.Int
	BadDebtAssets *big.Int
	BadDebtShares *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const MorphoLiquidateEventName = "Liquidate"

// ContractEventName returns the user-defined event name.
func (MorphoLiquidate) ContractEventName() string {
	return MorphoLiquidateEventName
}

// UnpackLiquidateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidate(bytes32 indexed id, address indexed caller, address indexed borrower, uint256 repaidAssets, uint256 repaidShares, uint256 seizedAssets, uint256 badDebtAssets, uint256 badDebtShares)
func (morpho *Morpho) UnpackLiquidateEvent(log *types.Log) (*MorphoLiquidate, error) {
	event := "Liquidate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoLiquidate)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoRepay represents a Repay event raised by the Morpho contract.
type MorphoRepay struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (MorphoRepay) ContractEventName() string {
	return MorphoRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares)
func (morpho *Morpho) UnpackRepayEvent(log *types.Log) (*MorphoRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoRepay)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSetAuthorization represents a SetAuthorization event raised by the Morpho contract.
type MorphoSetAuthorization struct {
	Caller          common.Address
	Authorizer      common.Address
	Authorized      common.Address
	NewIsAuthorized bool
	Raw             *types.Log // Blockchain specific contextual infos
}

const MorphoSetAuthorizationEventName = "SetAuthorization"

// ContractEventName returns the user-defined event name.
func (MorphoSetAuthorization) ContractEventName() string {
	return MorphoSetAuthorizationEventName
}

// UnpackSetAuthorizationEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetAuthorization(address indexed caller, address indexed authorizer, address indexed authorized, bool newIsAuthorized)
func (morpho *Morpho) UnpackSetAuthorizationEvent(log *types.Log) (*MorphoSetAuthorization, error) {
	event := "SetAuthorization"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSetAuthorization)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSetFee represents a SetFee event raised by the Morpho contract.
type MorphoSetFee struct {
	Id     [32]byte
	NewFee *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MorphoSetFeeEventName = "SetFee"

// ContractEventName returns the user-defined event name.
func (MorphoSetFee) ContractEventName() string {
	return MorphoSetFeeEventName
}

// UnpackSetFeeEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFee(bytes32 indexed id, uint256 newFee)
func (morpho *Morpho) UnpackSetFeeEvent(log *types.Log) (*MorphoSetFee, error) {
	event := "SetFee"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSetFee)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSetFeeRecipient represents a SetFeeRecipient event raised by the Morpho contract.
type MorphoSetFeeRecipient struct {
	NewFeeRecipient common.Address
	Raw             *types.Log // Blockchain specific contextual infos
}

const MorphoSetFeeRecipientEventName = "SetFeeRecipient"

// ContractEventName returns the user-defined event name.
func (MorphoSetFeeRecipient) ContractEventName() string {
	return MorphoSetFeeRecipientEventName
}

// UnpackSetFeeRecipientEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetFeeRecipient(address indexed newFeeRecipient)
func (morpho *Morpho) UnpackSetFeeRecipientEvent(log *types.Log) (*MorphoSetFeeRecipient, error) {
	event := "SetFeeRecipient"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSetFeeRecipient)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSetOwner represents a SetOwner event raised by the Morpho contract.
type MorphoSetOwner struct {
	NewOwner common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoSetOwnerEventName = "SetOwner"

// ContractEventName returns the user-defined event name.
func (MorphoSetOwner) ContractEventName() string {
	return MorphoSetOwnerEventName
}

// UnpackSetOwnerEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SetOwner(address indexed newOwner)
func (morpho *Morpho) UnpackSetOwnerEvent(log *types.Log) (*MorphoSetOwner, error) {
	event := "SetOwner"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSetOwner)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSupply represents a Supply event raised by the Morpho contract.
type MorphoSupply struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (MorphoSupply) ContractEventName() string {
	return MorphoSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares)
func (morpho *Morpho) UnpackSupplyEvent(log *types.Log) (*MorphoSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSupply)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSupplyCollateral represents a SupplyCollateral event raised by the Morpho contract.
type MorphoSupplyCollateral struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Assets   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoSupplyCollateralEventName = "SupplyCollateral"

// ContractEventName returns the user-defined event name.
func (MorphoSupplyCollateral) ContractEventName() string {
	return MorphoSupplyCollateralEventName
}

// UnpackSupplyCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SupplyCollateral(bytes32 indexed id, address indexed caller, address indexed onBehalf, uint256 assets)
func (morpho *Morpho) UnpackSupplyCollateralEvent(log *types.Log) (*MorphoSupplyCollateral, error) {
	event := "SupplyCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoSupplyCollateral)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoWithdraw represents a Withdraw event raised by the Morpho contract.
type MorphoWithdraw struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Shares   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (MorphoWithdraw) ContractEventName() string {
	return MorphoWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets, uint256 shares)
func (morpho *Morpho) UnpackWithdrawEvent(log *types.Log) (*MorphoWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoWithdraw)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoWithdrawCollateral represents a WithdrawCollateral event raised by the Morpho contract.
type MorphoWithdrawCollateral struct {
	Id       [32]byte
	Caller   common.Address
	OnBehalf common.Address
	Receiver common.Address
	Assets   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoWithdrawCollateralEventName = "WithdrawCollateral"

// ContractEventName returns the user-defined event name.
func (MorphoWithdrawCollateral) ContractEventName() string {
	return MorphoWithdrawCollateralEventName
}

// UnpackWithdrawCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawCollateral(bytes32 indexed id, address caller, address indexed onBehalf, address indexed receiver, uint256 assets)
func (morpho *Morpho) UnpackWithdrawCollateralEvent(log *types.Log) (*MorphoWithdrawCollateral, error) {
	event := "WithdrawCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morpho.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoWithdrawCollateral)
	if len(log.Data) > 0 {
		if err := morpho.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morpho.abi.Events[event].Inputs {
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

// MorphoSeedBatchMetaData contains all meta data concerning the MorphoSeedBatch contract.
var MorphoSeedBatchMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"morpho_\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collateralToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractMockERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"loanToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractMockERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marketParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"morpho\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"seed\",\"inputs\":[{\"name\":\"collaterals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"debts\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"borrowers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supplyCollateralFor\",\"inputs\":[{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[{\"name\":\"collaterals\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"debts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotSeeding\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "MorphoSeedBatch",
	Bin: "0x610140604052348015610010575f5ffd5b50604051610f1a380380610f1a83398101604081905261002f91610179565b6001600160a01b0382811660808181528351831660a08190526020850151841660c052604080860151851660e0526060860151909416610100529084015161012052915163095ea7b360e01b815260048101919091525f19602482015263095ea7b3906044016020604051808303815f875af11580156100b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100d5919061022f565b5060c05160405163095ea7b360e01b81526001600160a01b0384811660048301525f1960248301529091169063095ea7b3906044016020604051808303815f875af1158015610126573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061014a919061022f565b505050610255565b6001600160a01b0381168114610166575f5ffd5b50565b805161017481610152565b919050565b5f5f82840360c081121561018b575f5ffd5b835161019681610152565b925060a0601f19820112156101a9575f5ffd5b5060405160a081016001600160401b03811182821017156101d857634e487b7160e01b5f52604160045260245ffd5b6040526101e760208501610169565b81526101f560408501610169565b602082015261020660608501610169565b604082015261021760808501610169565b606082015260a0939093015160808401525092909150565b5f6020828403121561023f575f5ffd5b8151801515811461024e575f5ffd5b9392505050565b60805160a05160c05160e0516101005161012051610c486102d25f395f6104fa01525f6104cb01525f61049c01525f818160f70152818161046d015261053d01525f818160690152818161043e01526105c001525f818161011e0152818161017e015281816101fd0152818161062101526106c10152610c485ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806306d37817146100645780634779e2bc146100a857806352131e42146100bd5780637b9e68f2146100dd578063b2016bd4146100f2578063d8fbc83314610119575b5f5ffd5b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100bb6100b6366004610733565b610140565b005b6100d06100cb366004610792565b610292565b60405161009f91906107fe565b6100e5610407565b60405161009f9190610888565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b61008b7f000000000000000000000000000000000000000000000000000000000000000081565b5f5460ff1661016957604051630d85123f60e11b81523360048201526024015b60405180910390fd5b5f610172610407565b90506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663238d6579826101af6002866108aa565b336040518463ffffffff1660e01b81526004016101ce939291906108c9565b5f604051808303815f87803b1580156101e5575f5ffd5b505af11580156101f7573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663238d65798260028561023891906108aa565b6102429086610901565b336040518463ffffffff1660e01b8152600401610261939291906108c9565b5f604051808303815f87803b158015610278575f5ffd5b505af115801561028a573d5f5f3e3d5ffd5b505050505050565b6060838281146102bf576040516355c5b3e360e11b81526004810182905260248101849052604401610160565b5f5f5f5b8381101561031f578888828181106102dd576102dd610914565b90506020020135836102ef9190610928565b925086868281811061030357610303610914565b90506020020135826103159190610928565b91506001016102c3565b5061032a8282610521565b8267ffffffffffffffff8111156103435761034361093b565b60405190808252806020026020018201604052801561036c578160200160208202803683370190505b505f805460ff191660011781559094505b838110156103f1576103bf89898381811061039a5761039a610914565b905060200201358888848181106103b3576103b3610914565b905060200201356106be565b8582815181106103d1576103d1610914565b6001600160a01b039092166020928302919091019091015260010161037d565b50505f805460ff19169055509095945050505050565b6040805160a0810182525f808252602082018190529181018290526060810182905260808101919091526040518060a001604052807f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031681526020017f0000000000000000000000000000000000000000000000000000000000000000815250905090565b6040516340c10f1960e01b8152306004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340c10f19906044015f604051808303815f87803b158015610586575f5ffd5b505af1158015610598573d5f5f3e3d5ffd5b505050505f8111156106ba576040516340c10f1960e01b8152306004820152602481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340c10f19906044015f604051808303815f87803b158015610609575f5ffd5b505af115801561061b573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663a99aad89610656610407565b835f306040518563ffffffff1660e01b8152600401610678949392919061094f565b60408051808303815f875af1158015610693573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106b79190610990565b50505b5050565b5f7f00000000000000000000000000000000000000000000000000000000000000006106e8610407565b84846040516106f690610726565b61070394939291906109b2565b604051809103905ff08015801561071c573d5f5f3e3d5ffd5b5090505b92915050565b610265806109e383390190565b5f60208284031215610743575f5ffd5b5035919050565b5f5f83601f84011261075a575f5ffd5b50813567ffffffffffffffff811115610771575f5ffd5b6020830191508360208260051b850101111561078b575f5ffd5b9250929050565b5f5f5f5f604085870312156107a5575f5ffd5b843567ffffffffffffffff8111156107bb575f5ffd5b6107c78782880161074a565b909550935050602085013567ffffffffffffffff8111156107e6575f5ffd5b6107f28782880161074a565b95989497509550505050565b602080825282518282018190525f918401906040840190835b8181101561083e5783516001600160a01b0316835260209384019390920191600101610817565b509095945050505050565b80516001600160a01b03908116835260208083015182169084015260408083015182169084015260608083015190911690830152608090810151910152565b60a081016107208284610849565b634e487b7160e01b5f52601160045260245ffd5b5f826108c457634e487b7160e01b5f52601260045260245ffd5b500490565b6108d38185610849565b60a08101929092526001600160a01b031660c082015261010060e082018190525f9082015261012001919050565b8181038181111561072057610720610896565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561072057610720610896565b634e487b7160e01b5f52604160045260245ffd5b6109598186610849565b60a081019390935260c08301919091526001600160a01b031660e082015261012061010082018190525f9082015261014001919050565b5f5f604083850312156109a1575f5ffd5b505080516020909101519092909150565b6001600160a01b038516815261010081016109d06020830186610849565b60c082019390935260e001529291505056fe608060405234801561000f575f5ffd5b5060405161026538038061026583398101604081905261002e91610169565b6040516311de78af60e21b8152600481018390523390634779e2bc906024015f604051808303815f87803b158015610064575f5ffd5b505af1158015610076573d5f5f3e3d5ffd5b505050505f81111561013957604080516350d8cd4b60e01b815284516001600160a01b03908116600483015260208601518116602483015291850151821660448201526060850151821660648201526080850151608482015260a481018390525f60c48201523060e482015233610104820152908516906350d8cd4b906101240160408051808303815f875af1158015610112573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610136919061022f565b50505b50505050610251565b6001600160a01b0381168114610156575f5ffd5b50565b805161016481610142565b919050565b5f5f5f5f84860361010081121561017e575f5ffd5b855161018981610142565b945060a0601f198201121561019c575f5ffd5b5060405160a081016001600160401b03811182821017156101cb57634e487b7160e01b5f52604160045260245ffd5b6040526101da60208701610159565b81526101e860408701610159565b60208201526101f960608701610159565b604082015261020a60808701610159565b606082015260a0860151608082015260c086015160e090960151949790965092505050565b5f5f60408385031215610240575f5ffd5b505080516020909101519092909150565b60088061025d5f395ff3fe60806040525f5ffd",
}

// MorphoSeedBatch is an auto generated Go binding around an Ethereum contract.
type MorphoSeedBatch struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MorphoSeedBatch) GetABI() abi.ABI {
	return c.abi
}

// NewMorphoSeedBatch creates a new instance of MorphoSeedBatch.
func NewMorphoSeedBatch() *MorphoSeedBatch {
	parsed, err := MorphoSeedBatchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MorphoSeedBatch{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MorphoSeedBatch) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address morpho_, (address,address,address,address,uint256) params) returns()
func (morphoSeedBatch *MorphoSeedBatch) PackConstructor(morpho_ common.Address, params MarketParams) []byte {
	enc, err := morphoSeedBatch.abi.Pack("", morpho_, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) PackCollateralToken() []byte {
	enc, err := morphoSeedBatch.abi.Pack("collateralToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) TryPackCollateralToken() ([]byte, error) {
	return morphoSeedBatch.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := morphoSeedBatch.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLoanToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06d37817.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loanToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) PackLoanToken() []byte {
	enc, err := morphoSeedBatch.abi.Pack("loanToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLoanToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06d37817.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function loanToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) TryPackLoanToken() ([]byte, error) {
	return morphoSeedBatch.abi.Pack("loanToken")
}

// UnpackLoanToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06d37817.
//
// Solidity: function loanToken() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) UnpackLoanToken(data []byte) (common.Address, error) {
	out, err := morphoSeedBatch.abi.Unpack("loanToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (morphoSeedBatch *MorphoSeedBatch) PackMarketParams() []byte {
	enc, err := morphoSeedBatch.abi.Pack("marketParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (morphoSeedBatch *MorphoSeedBatch) TryPackMarketParams() ([]byte, error) {
	return morphoSeedBatch.abi.Pack("marketParams")
}

// UnpackMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((address,address,address,address,uint256))
func (morphoSeedBatch *MorphoSeedBatch) UnpackMarketParams(data []byte) (MarketParams, error) {
	out, err := morphoSeedBatch.abi.Unpack("marketParams", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackMorpho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbc833.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function morpho() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) PackMorpho() []byte {
	enc, err := morphoSeedBatch.abi.Pack("morpho")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMorpho is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8fbc833.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function morpho() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) TryPackMorpho() ([]byte, error) {
	return morphoSeedBatch.abi.Pack("morpho")
}

// UnpackMorpho is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd8fbc833.
//
// Solidity: function morpho() view returns(address)
func (morphoSeedBatch *MorphoSeedBatch) UnpackMorpho(data []byte) (common.Address, error) {
	out, err := morphoSeedBatch.abi.Unpack("morpho", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52131e42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seed(uint256[] collaterals, uint256[] debts) returns(address[] borrowers)
func (morphoSeedBatch *MorphoSeedBatch) PackSeed(collaterals []*big.Int, debts []*big.Int) []byte {
	enc, err := morphoSeedBatch.abi.Pack("seed", collaterals, debts)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x52131e42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seed(uint256[] collaterals, uint256[] debts) returns(address[] borrowers)
func (morphoSeedBatch *MorphoSeedBatch) TryPackSeed(collaterals []*big.Int, debts []*big.Int) ([]byte, error) {
	return morphoSeedBatch.abi.Pack("seed", collaterals, debts)
}

// UnpackSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52131e42.
//
// Solidity: function seed(uint256[] collaterals, uint256[] debts) returns(address[] borrowers)
func (morphoSeedBatch *MorphoSeedBatch) UnpackSeed(data []byte) ([]common.Address, error) {
	out, err := morphoSeedBatch.abi.Unpack("seed", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackSupplyCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4779e2bc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyCollateralFor(uint256 collateral) returns()
func (morphoSeedBatch *MorphoSeedBatch) PackSupplyCollateralFor(collateral *big.Int) []byte {
	enc, err := morphoSeedBatch.abi.Pack("supplyCollateralFor", collateral)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyCollateralFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4779e2bc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyCollateralFor(uint256 collateral) returns()
func (morphoSeedBatch *MorphoSeedBatch) TryPackSupplyCollateralFor(collateral *big.Int) ([]byte, error) {
	return morphoSeedBatch.abi.Pack("supplyCollateralFor", collateral)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (morphoSeedBatch *MorphoSeedBatch) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], morphoSeedBatch.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return morphoSeedBatch.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoSeedBatch.abi.Errors["NotSeeding"].ID.Bytes()[:4]) {
		return morphoSeedBatch.UnpackNotSeedingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MorphoSeedBatchLengthMismatch represents a LengthMismatch error raised by the MorphoSeedBatch contract.
type MorphoSeedBatchLengthMismatch struct {
	Collaterals *big.Int
	Debts       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 collaterals, uint256 debts)
func MorphoSeedBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 collaterals, uint256 debts)
func (morphoSeedBatch *MorphoSeedBatch) UnpackLengthMismatchError(raw []byte) (*MorphoSeedBatchLengthMismatch, error) {
	out := new(MorphoSeedBatchLengthMismatch)
	if err := morphoSeedBatch.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoSeedBatchNotSeeding represents a NotSeeding error raised by the MorphoSeedBatch contract.
type MorphoSeedBatchNotSeeding struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeeding(address caller)
func MorphoSeedBatchNotSeedingErrorID() common.Hash {
	return common.HexToHash("0x1b0a247e835baa0f7d697cea3000b3876b1cc8ff385b4cd995f65214ab53bfa9")
}

// UnpackNotSeedingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeeding(address caller)
func (morphoSeedBatch *MorphoSeedBatch) UnpackNotSeedingError(raw []byte) (*MorphoSeedBatchNotSeeding, error) {
	out := new(MorphoSeedBatchNotSeeding)
	if err := morphoSeedBatch.abi.UnpackIntoInterface(out, "NotSeeding", raw); err != nil {
		return nil, err
	}
	return out, nil
}
