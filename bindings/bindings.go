// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	MaxBorrowLtv         *big.Int
	MarginCallLtv        *big.Int
	LiquidationLtv       *big.Int
	LiquidationBonus     *big.Int
	LiquidationTargetLtv *big.Int
	MaxPriceAge          *big.Int
	BorrowRate           *big.Int
}

// DevPoolMetaData contains all meta data concerning the DevPool contract.
var DevPoolMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"pool_\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"addLiquidity\",\"inputs\":[{\"name\":\"tickLower\",\"type\":\"int24\",\"internalType\":\"int24\"},{\"name\":\"tickUpper\",\"type\":\"int24\",\"internalType\":\"int24\"},{\"name\":\"liquidity\",\"type\":\"uint128\",\"internalType\":\"uint128\"}],\"outputs\":[{\"name\":\"amount0\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount1\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"moveTo\",\"inputs\":[{\"name\":\"sqrtPriceX96\",\"type\":\"uint160\",\"internalType\":\"uint160\"}],\"outputs\":[{\"name\":\"amount0\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pool\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"swap\",\"inputs\":[{\"name\":\"zeroForOne\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"amountSpecified\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"outputs\":[{\"name\":\"amount0\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"sqrtPriceX96After\",\"type\":\"uint160\",\"internalType\":\"uint160\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3MintCallback\",\"inputs\":[{\"name\":\"amount0Owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"amount1Owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3SwapCallback\",\"inputs\":[{\"name\":\"amount0Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"error\",\"name\":\"NotTheOwner\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotThePool\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "DevPool",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610c3c380380610c3c83398101604081905261002e91610043565b6001600160a01b03166080523360a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a051610b516100eb5f395f81816101260152818161019101528181610347015261045401525f81816083015281816101d8015281816102a9015281816103ca0152818161049701528181610558015281816106260152818161066e015281816107030152818161077401526108090152610b515ff3fe608060405234801561000f575f5ffd5b506004361061007a575f3560e01c80638da5cb5b116100585780638da5cb5b14610121578063ad7abe2314610148578063d34879971461015b578063fa461e3314610170575f5ffd5b806316f0115b1461007e5780636bf144d2146100c257806389697969146100f9575b5f5ffd5b6100a57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b6100d56100d0366004610886565b610183565b6040805193845260208401929092526001600160a01b0316908201526060016100b9565b61010c6101073660046108be565b61033a565b604080519283526020830191909152016100b9565b6100a57f000000000000000000000000000000000000000000000000000000000000000081565b61010c610156366004610925565b610447565b61016e61016936600461098c565b6105ea565b005b61016e61017e36600461098c565b6105fa565b5f8080336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101d65760405163f9ebb4c760e01b81523360048201526024015b60405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663128acb08308787896102315761022c600173fffd8963efd1fc6a4fc78892a0b72bce319f2b876109ef565b610241565b6102416401000276a36001610a14565b6040518563ffffffff1660e01b81526004016102609493929190610a33565b60408051808303815f875af115801561027b573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061029f9190610a6c565b80935081945050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633850c7bd6040518163ffffffff1660e01b815260040160e060405180830381865afa158015610303573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103279190610aa4565b50979a9699509397509495505050505050565b5f80336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103875760405163f9ebb4c760e01b81523360048201526024016101cd565b604051633c8a7d8d60e01b8152306004820152600286810b602483015285900b60448201526001600160801b038416606482015260a060848201525f60a48201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690633c8a7d8d9060c40160408051808303815f875af1158015610417573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061043b9190610a6c565b91509150935093915050565b5f80336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104945760405163f9ebb4c760e01b81523360048201526024016101cd565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633850c7bd6040518163ffffffff1660e01b815260040160e060405180830381865afa1580156104f1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105159190610aa4565b5050505050509050806001600160a01b0316846001600160a01b03160361054157505f93849350915050565b604051630251596160e31b81526001600160a01b037f000000000000000000000000000000000000000000000000000000000000000081169163128acb08916105a1913091868116908a1610906001600160ff1b03908a90600401610a33565b60408051808303815f875af11580156105bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105e09190610a6c565b9250925050915091565b6105f4848461061b565b50505050565b6105f45f851361060a575f61060c565b845b5f8513610619575f61061b565b845b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106665760405163f166648360e01b81523360048201526024016101cd565b811561076c577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156106c8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906106ec9190610b36565b6040516340c10f1960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820185905291909116906340c10f19906044015f604051808303815f87803b158015610755575f5ffd5b505af1158015610767573d5f5f3e3d5ffd5b505050505b8015610872577f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107ce573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107f29190610b36565b6040516340c10f1960e01b81526001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000811660048301526024820184905291909116906340c10f19906044015f604051808303815f87803b15801561085b575f5ffd5b505af115801561086d573d5f5f3e3d5ffd5b505050505b5050565b8015158114610883575f5ffd5b50565b5f5f60408385031215610897575f5ffd5b82356108a281610876565b946020939093013593505050565b8060020b8114610883575f5ffd5b5f5f5f606084860312156108d0575f5ffd5b83356108db816108b0565b925060208401356108eb816108b0565b915060408401356001600160801b0381168114610906575f5ffd5b809150509250925092565b6001600160a01b0381168114610883575f5ffd5b5f60208284031215610935575f5ffd5b813561094081610911565b9392505050565b5f5f83601f840112610957575f5ffd5b50813567ffffffffffffffff81111561096e575f5ffd5b602083019150836020828501011115610985575f5ffd5b9250929050565b5f5f5f5f6060858703121561099f575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156109c3575f5ffd5b6109cf87828801610947565b95989497509550505050565b634e487b7160e01b5f52601160045260245ffd5b6001600160a01b038281168282160390811115610a0e57610a0e6109db565b92915050565b6001600160a01b038181168382160190811115610a0e57610a0e6109db565b6001600160a01b03948516815292151560208401526040830191909152909116606082015260a0608082018190525f9082015260c00190565b5f5f60408385031215610a7d575f5ffd5b505080516020909101519092909150565b805161ffff81168114610a9f575f5ffd5b919050565b5f5f5f5f5f5f5f60e0888a031215610aba575f5ffd5b8751610ac581610911565b6020890151909750610ad6816108b0565b9550610ae460408901610a8e565b9450610af260608901610a8e565b9350610b0060808901610a8e565b925060a088015160ff81168114610b15575f5ffd5b60c0890151909250610b2681610876565b8091505092959891949750929550565b5f60208284031215610b46575f5ffd5b81516109408161091156",
}

// DevPool is an auto generated Go binding around an Ethereum contract.
type DevPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DevPool) GetABI() abi.ABI {
	return c.abi
}

// NewDevPool creates a new instance of DevPool.
func NewDevPool() *DevPool {
	parsed, err := DevPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DevPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DevPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address pool_) returns()
func (devPool *DevPool) PackConstructor(pool_ common.Address) []byte {
	enc, err := devPool.abi.Pack("", pool_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89697969.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLiquidity(int24 tickLower, int24 tickUpper, uint128 liquidity) returns(uint256 amount0, uint256 amount1)
func (devPool *DevPool) PackAddLiquidity(tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) []byte {
	enc, err := devPool.abi.Pack("addLiquidity", tickLower, tickUpper, liquidity)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x89697969.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addLiquidity(int24 tickLower, int24 tickUpper, uint128 liquidity) returns(uint256 amount0, uint256 amount1)
func (devPool *DevPool) TryPackAddLiquidity(tickLower *big.Int, tickUpper *big.Int, liquidity *big.Int) ([]byte, error) {
	return devPool.abi.Pack("addLiquidity", tickLower, tickUpper, liquidity)
}

// AddLiquidityOutput serves as a container for the return parameters of contract
// method AddLiquidity.
type AddLiquidityOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackAddLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x89697969.
//
// Solidity: function addLiquidity(int24 tickLower, int24 tickUpper, uint128 liquidity) returns(uint256 amount0, uint256 amount1)
func (devPool *DevPool) UnpackAddLiquidity(data []byte) (AddLiquidityOutput, error) {
	out, err := devPool.abi.Unpack("addLiquidity", data)
	outstruct := new(AddLiquidityOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackMoveTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad7abe23.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function moveTo(uint160 sqrtPriceX96) returns(int256 amount0, int256 amount1)
func (devPool *DevPool) PackMoveTo(sqrtPriceX96 *big.Int) []byte {
	enc, err := devPool.abi.Pack("moveTo", sqrtPriceX96)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMoveTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad7abe23.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function moveTo(uint160 sqrtPriceX96) returns(int256 amount0, int256 amount1)
func (devPool *DevPool) TryPackMoveTo(sqrtPriceX96 *big.Int) ([]byte, error) {
	return devPool.abi.Pack("moveTo", sqrtPriceX96)
}

// MoveToOutput serves as a container for the return parameters of contract
// method MoveTo.
type MoveToOutput struct {
	Amount0 *big.Int
	Amount1 *big.Int
}

// UnpackMoveTo is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad7abe23.
//
// Solidity: function moveTo(uint160 sqrtPriceX96) returns(int256 amount0, int256 amount1)
func (devPool *DevPool) UnpackMoveTo(data []byte) (MoveToOutput, error) {
	out, err := devPool.abi.Unpack("moveTo", data)
	outstruct := new(MoveToOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (devPool *DevPool) PackOwner() []byte {
	enc, err := devPool.abi.Pack("owner")
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
func (devPool *DevPool) TryPackOwner() ([]byte, error) {
	return devPool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (devPool *DevPool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := devPool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pool() view returns(address)
func (devPool *DevPool) PackPool() []byte {
	enc, err := devPool.abi.Pack("pool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16f0115b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pool() view returns(address)
func (devPool *DevPool) TryPackPool() ([]byte, error) {
	return devPool.abi.Pack("pool")
}

// UnpackPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16f0115b.
//
// Solidity: function pool() view returns(address)
func (devPool *DevPool) UnpackPool(data []byte) (common.Address, error) {
	out, err := devPool.abi.Unpack("pool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSwap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf144d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function swap(bool zeroForOne, int256 amountSpecified) returns(int256 amount0, int256 amount1, uint160 sqrtPriceX96After)
func (devPool *DevPool) PackSwap(zeroForOne bool, amountSpecified *big.Int) []byte {
	enc, err := devPool.abi.Pack("swap", zeroForOne, amountSpecified)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSwap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6bf144d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function swap(bool zeroForOne, int256 amountSpecified) returns(int256 amount0, int256 amount1, uint160 sqrtPriceX96After)
func (devPool *DevPool) TryPackSwap(zeroForOne bool, amountSpecified *big.Int) ([]byte, error) {
	return devPool.abi.Pack("swap", zeroForOne, amountSpecified)
}

// SwapOutput serves as a container for the return parameters of contract
// method Swap.
type SwapOutput struct {
	Amount0           *big.Int
	Amount1           *big.Int
	SqrtPriceX96After *big.Int
}

// UnpackSwap is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6bf144d2.
//
// Solidity: function swap(bool zeroForOne, int256 amountSpecified) returns(int256 amount0, int256 amount1, uint160 sqrtPriceX96After)
func (devPool *DevPool) UnpackSwap(data []byte) (SwapOutput, error) {
	out, err := devPool.abi.Unpack("swap", data)
	outstruct := new(SwapOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Amount1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SqrtPriceX96After = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes ) returns()
func (devPool *DevPool) PackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) []byte {
	enc, err := devPool.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3MintCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd3487997.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3MintCallback(uint256 amount0Owed, uint256 amount1Owed, bytes ) returns()
func (devPool *DevPool) TryPackUniswapV3MintCallback(amount0Owed *big.Int, amount1Owed *big.Int, arg2 []byte) ([]byte, error) {
	return devPool.abi.Pack("uniswapV3MintCallback", amount0Owed, amount1Owed, arg2)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes ) returns()
func (devPool *DevPool) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, arg2 []byte) []byte {
	enc, err := devPool.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, arg2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes ) returns()
func (devPool *DevPool) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, arg2 []byte) ([]byte, error) {
	return devPool.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, arg2)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (devPool *DevPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], devPool.abi.Errors["NotTheOwner"].ID.Bytes()[:4]) {
		return devPool.UnpackNotTheOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], devPool.abi.Errors["NotThePool"].ID.Bytes()[:4]) {
		return devPool.UnpackNotThePoolError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// DevPoolNotTheOwner represents a NotTheOwner error raised by the DevPool contract.
type DevPoolNotTheOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotTheOwner(address caller)
func DevPoolNotTheOwnerErrorID() common.Hash {
	return common.HexToHash("0xf9ebb4c7a30845809c8d7e71d8335ed7245ec782108261b25930c76aa8331af2")
}

// UnpackNotTheOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotTheOwner(address caller)
func (devPool *DevPool) UnpackNotTheOwnerError(raw []byte) (*DevPoolNotTheOwner, error) {
	out := new(DevPoolNotTheOwner)
	if err := devPool.abi.UnpackIntoInterface(out, "NotTheOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// DevPoolNotThePool represents a NotThePool error raised by the DevPool contract.
type DevPoolNotThePool struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotThePool(address caller)
func DevPoolNotThePoolErrorID() common.Hash {
	return common.HexToHash("0xf16664836423f74be204583091103106553995f647c0a1fb456fdfc92df3442e")
}

// UnpackNotThePoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotThePool(address caller)
func (devPool *DevPool) UnpackNotThePoolError(raw []byte) (*DevPoolNotThePool, error) {
	out := new(DevPoolNotThePool)
	if err := devPool.abi.UnpackIntoInterface(out, "NotThePool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// IERC20MetadataMetaData contains all meta data concerning the IERC20Metadata contract.
var IERC20MetadataMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false}]",
	ID:  "IERC20Metadata",
}

// IERC20Metadata is an auto generated Go binding around an Ethereum contract.
type IERC20Metadata struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *IERC20Metadata) GetABI() abi.ABI {
	return c.abi
}

// NewIERC20Metadata creates a new instance of IERC20Metadata.
func NewIERC20Metadata() *IERC20Metadata {
	parsed, err := IERC20MetadataMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &IERC20Metadata{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *IERC20Metadata) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := iERC20Metadata.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return iERC20Metadata.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := iERC20Metadata.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := iERC20Metadata.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return iERC20Metadata.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) UnpackApprove(data []byte) (bool, error) {
	out, err := iERC20Metadata.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) PackBalanceOf(account common.Address) []byte {
	enc, err := iERC20Metadata.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return iERC20Metadata.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (iERC20Metadata *IERC20Metadata) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := iERC20Metadata.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (iERC20Metadata *IERC20Metadata) PackDecimals() []byte {
	enc, err := iERC20Metadata.abi.Pack("decimals")
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
func (iERC20Metadata *IERC20Metadata) TryPackDecimals() ([]byte, error) {
	return iERC20Metadata.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (iERC20Metadata *IERC20Metadata) UnpackDecimals(data []byte) (uint8, error) {
	out, err := iERC20Metadata.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (iERC20Metadata *IERC20Metadata) PackName() []byte {
	enc, err := iERC20Metadata.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (iERC20Metadata *IERC20Metadata) TryPackName() ([]byte, error) {
	return iERC20Metadata.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (iERC20Metadata *IERC20Metadata) UnpackName(data []byte) (string, error) {
	out, err := iERC20Metadata.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (iERC20Metadata *IERC20Metadata) PackSymbol() []byte {
	enc, err := iERC20Metadata.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (iERC20Metadata *IERC20Metadata) TryPackSymbol() ([]byte, error) {
	return iERC20Metadata.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (iERC20Metadata *IERC20Metadata) UnpackSymbol(data []byte) (string, error) {
	out, err := iERC20Metadata.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (iERC20Metadata *IERC20Metadata) PackTotalSupply() []byte {
	enc, err := iERC20Metadata.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (iERC20Metadata *IERC20Metadata) TryPackTotalSupply() ([]byte, error) {
	return iERC20Metadata.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (iERC20Metadata *IERC20Metadata) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := iERC20Metadata.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := iERC20Metadata.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return iERC20Metadata.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) UnpackTransfer(data []byte) (bool, error) {
	out, err := iERC20Metadata.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := iERC20Metadata.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return iERC20Metadata.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (iERC20Metadata *IERC20Metadata) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := iERC20Metadata.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// IERC20MetadataApproval represents a Approval event raised by the IERC20Metadata contract.
type IERC20MetadataApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const IERC20MetadataApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (IERC20MetadataApproval) ContractEventName() string {
	return IERC20MetadataApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (iERC20Metadata *IERC20Metadata) UnpackApprovalEvent(log *types.Log) (*IERC20MetadataApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC20Metadata.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC20MetadataApproval)
	if len(log.Data) > 0 {
		if err := iERC20Metadata.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC20Metadata.abi.Events[event].Inputs {
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

// IERC20MetadataTransfer represents a Transfer event raised by the IERC20Metadata contract.
type IERC20MetadataTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const IERC20MetadataTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (IERC20MetadataTransfer) ContractEventName() string {
	return IERC20MetadataTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (iERC20Metadata *IERC20Metadata) UnpackTransferEvent(log *types.Log) (*IERC20MetadataTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != iERC20Metadata.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(IERC20MetadataTransfer)
	if len(log.Data) > 0 {
		if err := iERC20Metadata.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range iERC20Metadata.abi.Events[event].Inputs {
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

// LendingMarketMetaData contains all meta data concerning the LendingMarket contract.
var LendingMarketMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"loanToken_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"priceFeed_\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MAX_BORROW_RATE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_PRICE_AGE\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"accrueInterest\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"borrow\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"shares\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"borrowIndex\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"borrowRate\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"borrowShares\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collateral\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collateralPrice\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"collateralToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"currentBorrowIndex\",\"inputs\":[],\"outputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositCollateral\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"lastAccrual\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidatable\",\"inputs\":[{\"name\":\"borrowers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"outputs\":[{\"name\":\"out\",\"type\":\"bool[]\",\"internalType\":\"bool[]\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidate\",\"inputs\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxRepayAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"liquidationBonus\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidationLtv\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidationPrice\",\"inputs\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidationTargetLtv\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidity\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"loanToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ltv\",\"inputs\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marginCallLtv\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marginCallPrice\",\"inputs\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marketParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxBorrowLtv\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"maxPriceAge\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"position\",\"inputs\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"collateral_\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"priceFeed\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"ratePerSecond\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"repay\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setBorrowRate\",\"inputs\":[{\"name\":\"newRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supply\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"shares\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"supplyBalance\",\"inputs\":[{\"name\":\"lender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"supplyShares\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalBorrowAssets\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalBorrowShares\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalCollateral\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupplyAssets\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupplyShares\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"validateParams\",\"inputs\":[{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"valueDiv\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"valueMul\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdraw\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"shares\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"withdrawCollateral\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"AccrueInterest\",\"inputs\":[{\"name\":\"borrowIndex\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"interest\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Borrow\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"receiver\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"borrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"BorrowRateSet\",\"inputs\":[{\"name\":\"oldRate\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"newRate\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"ratePerSecond\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DepositCollateral\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalCollateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Liquidate\",\"inputs\":[{\"name\":\"liquidator\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"borrower\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"repaidAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seizedCollateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"badDebtAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"borrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalCollateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Repay\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"borrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalBorrowShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Supply\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"onBehalf\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Withdraw\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"receiver\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"shares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyAssets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalSupplyShares\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WithdrawCollateral\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"receiver\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"assets\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"totalCollateral\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InsufficientCollateral\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientLiquidity\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientSupply\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidLtvOrder\",\"inputs\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidMaxPriceAge\",\"inputs\":[{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPrice\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"}]},{\"type\":\"error\",\"name\":\"InvalidTargetLtv\",\"inputs\":[{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LiquidationLtvTooHigh\",\"inputs\":[{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LtvTooHigh\",\"inputs\":[{\"name\":\"ltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MarketExists\",\"inputs\":[{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"market\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotLiquidatable\",\"inputs\":[{\"name\":\"ltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateTooHigh\",\"inputs\":[{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"RepayTooSmall\",\"inputs\":[{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRepayAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"StalePrice\",\"inputs\":[{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDecimals\",\"inputs\":[{\"name\":\"collateralDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"loanDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"feedDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "LendingMarket",
	Bin: "0x6101e0604052348015610010575f5ffd5b506040516134b93803806134b983398101604081905261002f91610678565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100678161034a565b506001600160a01b038416158061008557506001600160a01b038316155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382166100ca5760405163d92e233d60e01b815260040160405180910390fd5b6100d381610399565b5f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610110573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610134919061076c565b90505f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610173573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610197919061076c565b90505f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101fa919061076c565b905060128260ff16118061021d5750602461021b60ff8084169086166107a0565b115b15610250576040516317bfcb5960e11b815260ff8085166004830152808416602483015282166044820152606401610055565b6001600160a01b03808816608090815287821660a090815291871660c052855160e05260208601516101005260408601516101205260608601516101405285015161016052840151610180526102a782600a610896565b6101a0526102bb60ff8083169085166107a0565b6102c690600a6108a4565b6101c0526b033b2e3c9fd0803ce80000006003554260045560c084015160018190556102f190610532565b600281905560c0850151604080515f815260208101929092528101919091527f3d1ae0d0783360d19cc17f41fbcaf5ac6d0337cfab12e8b949e4c4dc8ac2c3419060600160405180910390a150505050505050506108f9565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b805115806103ab575060208101518151115b806103be57508060400151816020015110155b156103f957805160208201516040808401519051637fa53dd560e01b8152600481019390935260248301919091526044820152606401610055565b670de0b6b3a76400006104318260600151670de0b6b3a764000061041d91906107a0565b604084015190670de0b6b3a7640000610586565b10610464578060400151816060015160405163269fff8360e21b8152600401610055929190918252602082015260400190565b6080810151158061047d57508060400151816080015110155b156104ae57608081015160408083015190516358b0e5e960e01b815260048101929092526024820152604401610055565b60a081015115806104c5575062093a808160a00151115b156104eb578060a0015160405163db0e87d560e01b815260040161005591815260200190565b670de0b6b3a76400008160c00151111561052f5760c0810151604051634716c00560e01b81526004810191909152670de0b6b3a76400006024820152604401610055565b50565b5f6301e13380610556670de0b6b3a76400006b033b2e3c9fd0803ce80000006108c3565b61056090846108e2565b61056a91906108c3565b610580906b033b2e3c9fd0803ce80000006107a0565b92915050565b5f80806105938686610637565b91509150815f036105b7578381816105ad576105ad6108af565b0492505050610630565b8184116105ce576105ce6003851502601118610653565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b038116811461052f575f5ffd5b5f5f5f5f5f85870361016081121561068e575f5ffd5b865161069981610664565b60208801519096506106aa81610664565b60408801519095506106bb81610664565b60608801519094506106cc81610664565b925060e0607f19820112156106df575f5ffd5b5060405160e081016001600160401b038111828210171561070e57634e487b7160e01b5f52604160045260245ffd5b6040908152608088810151835260a0808a0151602085015260c0808b01519385019390935260e08a015160608501526101008a0151918401919091526101208901519083015261014090970151968101969096525092959194509290565b5f6020828403121561077c575f5ffd5b815160ff81168114610630575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156105805761058061078c565b6001815b60018411156107ee578085048111156107d2576107d261078c565b60018416156107e057908102905b60019390931c9280026107b7565b935093915050565b5f8261080457506001610580565b8161081057505f610580565b816001811461082657600281146108305761084c565b6001915050610580565b60ff8411156108415761084161078c565b50506001821b610580565b5060208310610133831016604e8410600b841016171561086f575081810a610580565b61087b5f1984846107b3565b805f190482111561088e5761088e61078c565b029392505050565b5f61063060ff8416836107f6565b5f61063083836107f6565b634e487b7160e01b5f52601260045260245ffd5b5f826108dd57634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176105805761058061078c565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051612a44610a755f395f81816102c501528181611198015281816112700152818161142801528181611a5e0152818161202d015261213201525f8181610381015281816111770152818161124f0152818161140701528181611a3d0152818161200c015261211101525f818161034901528181610e4e01528181610e8f01526113a001525f81816103a80152818161137a01526120cf01525f81816105230152818161135401526120f001525f81816104f3015281816111070152818161132e015281816113e60152818161205d015261209a01525f8181610435015281816113080152611a1c01525f81816103cf015281816112e201528181611ca40152611ce001525f81816104aa0152610d8401525f81816102ec015281816109080152818161100e0152818161181c01526119cc01525f818161065b01528181610a8101528181610bc801526119920152612a445ff3fe608060405234801561000f575f5ffd5b5060043610610296575f3560e01c80637a89dfca11610161578063a6afed95116100ca578063bcbaf48711610084578063bcbaf487146106ae578063c914b437146106c1578063d00b9aaf146106ca578063dd3eaf04146106dd578063e589253c146106f0578063f2fde38b1461070f575f5ffd5b8063a6afed9514610632578063aa5af0fd1461063a578063acb7081514610643578063b2016bd414610656578063b7648fb91461067d578063ba7bde55146106a5575f5ffd5b806394877fc41161011b57806394877fc4146105bb578063964db90c146105c457806398c00e10146105d75780639a643550146105ea5780639d7f7e8614610609578063a5fdc5de14610613575f5ffd5b80637a89dfca146104ee5780637b3baab4146105155780637b7c1f4c1461051e5780637b9e68f2146105455780638da5cb5b146105a25780638eff1a98146105b2575f5ffd5b80634ac8eb5f116102035780636a4f918e116101bd5780636a4f918e1461046a578063715018a61461048a57806372d9a1b414610492578063741bef1a146104a55780637473eea6146104cc5780637a0c5ebf146104df575f5ffd5b80634ac8eb5f146104045780634b3fd1481461040d5780634fb801d7146104205780635891de7214610428578063601e2d4f14610430578063674032b814610457575f5ffd5b80631a686502116102545780631a6865021461036b5780631aad44c2146103735780631d79a0ad1461037c5780632e3b6116146103a35780632f0a5931146103ca578063481fef8a146103f1575f5ffd5b8062f714ce1461029a5780630203ed4b146102c057806306d37817146102e75780630af504cc14610326578063136cf1f71461033b5780631584410a14610344575b5f5ffd5b6102ad6102a8366004612731565b610722565b6040519081526020015b60405180910390f35b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b7565b610339610334366004612731565b61093f565b005b6102ad60085481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad610ab5565b6102ad60075481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6103396103ff366004612731565b610ac3565b6102ad60095481565b6102ad61041b366004612731565b610bf0565b6102ad610d57565b6102ad610d7f565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad610465366004612731565b610ec1565b61047d61047836600461275b565b61103e565b6040516102b791906127cc565b6103396111f3565b6102ad6104a0366004612810565b611206565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad6104da366004612810565b611230565b6102ad670de0b6b3a764000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad60045481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b61054d61129c565b6040516102b791905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b5f546001600160a01b031661030e565b6102ad60025481565b6102ad60055481565b6102ad6105d2366004612810565b6113cf565b6103396105e536600461283d565b61144c565b6102ad6105f8366004612810565b600b6020525f908152604090205481565b6102ad62093a8081565b6102ad610621366004612810565b600c6020525f908152604090205481565b6103396115e5565b6102ad60035481565b6102ad610651366004612731565b611696565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b61069061068b366004612810565b61184f565b604080519283526020830191909152016102b7565b6102ad60065481565b6106906106bc3660046128ca565b61188f565b6102ad60015481565b6102ad6106d8366004612810565b611a05565b6103396106eb3660046128f2565b611a82565b6102ad6106fe366004612810565b600a6020525f908152604090205481565b61033961071d366004612810565b611b26565b5f61072b611b60565b825f0361074b57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166107725760405163d92e233d60e01b815260040160405180910390fd5b61077a6115e5565b335f908152600a6020526040902054600184016107cb578091506107a4826005546006545f611b95565b9350835f036107c657604051631f2a200560e01b815260040160405180910390fd5b6107df565b6107dc846005546006546001611bc1565b91505b8082111561081f57836107f8826005546006545f611b95565b604051639e4c446160e01b8152600481019290925260248201526044015b60405180910390fd5b5f610828611bde565b9050808511156108555760405163a17e11d560e01b81526004810186905260248101829052604401610816565b61085f838361291d565b335f908152600a60205260408120919091556006805485929061088390849061291d565b925050819055508460055f82825461089b919061291d565b909155505060055460065460408051888152602081018790529081019290925260608201526001600160a01b0385169033907f7ff9a08662c21e17b8071f3aef03a9712ea9d3824dfb0139bba272915d59a919906080015b60405180910390a361092f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168587611bed565b5050610939611c27565b92915050565b610947611b60565b815f0361096757604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b03811661098e5760405163d92e233d60e01b815260040160405180910390fd5b335f908152600c6020526040902054808311156109c857604051632c1f8ef160e21b81526004810184905260248101829052604401610816565b6109d2838261291d565b335f908152600c602052604081208290556009805492935085929091906109fa90849061291d565b9091555050335f908152600b602052604090205415610a2457610a1b6115e5565b610a2433611c51565b600954604080518581526020810184905280820192909252516001600160a01b0384169133917f08581cbf9b27d00917412e9f7fc7003180aae55db215a1a8653ce9228fd128ae9181900360600190a3610aa86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168385611bed565b50610ab1611c27565b5050565b5f610abe611bde565b905090565b610acb611b60565b815f03610aeb57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038116610b125760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f908152600c6020526040812054610b35908490612930565b6001600160a01b0383165f908152600c60205260408120829055600980549293508592909190610b66908490612930565b9091555050600954604080518581526020810184905280820192909252516001600160a01b0384169133917fb6a151c36431256658e4df4b8953a036679a7638d810caf25870aa02991168d09181900360600190a3610aa86001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611d0c565b5f610bf9611b60565b825f03610c1957604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216610c405760405163d92e233d60e01b815260040160405180910390fd5b610c486115e5565b5f610c51611bde565b905080841115610c7e5760405163a17e11d560e01b81526004810185905260248101829052604401610816565b610c8c846003546001611d48565b335f908152600b602052604081205491935090610caa908490612930565b335f908152600b60205260408120829055600880549293508592909190610cd2908490612930565b925050819055508460075f828254610cea9190612930565b90915550610cf9905033611c51565b6007546008546040805188815260208101879052908101849052606081019290925260808201526001600160a01b0385169033907f90f62b06d61dbcafecf3a2bbbb6c1b702574ed7433f83ce80fdec6dd53b69ca89060a0016108f3565b5f610d7760035460075460025460045442610d72919061291d565b611d6a565b509092915050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015610dde573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e02919061295c565b509350509250505f82131580610e2757506fffffffffffffffffffffffffffffffff82115b15610e48576040516338ee04a760e01b815260048101839052602401610816565b42610e737f000000000000000000000000000000000000000000000000000000000000000083612930565b1015610ebb576040516304e61d6960e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b50919050565b5f610eca611b60565b825f03610eea57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216610f115760405163d92e233d60e01b815260040160405180910390fd5b610f196115e5565b610f29836005546006545f611bc1565b9050805f03610f4b57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382165f908152600a602052604081208054839290610f72908490612930565b925050819055508060065f828254610f8a9190612930565b925050819055508260055f828254610fa29190612930565b909155505060055460065460408051868152602081018590529081019290925260608201526001600160a01b0383169033907f702eea20c3484bc2286201256a5c99ec881480d0b078cb9dcdc00ae7b6309a199060800160405180910390a36110366001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611d0c565b610939611c27565b60605f611049610d7f565b90505f611054610d57565b90508367ffffffffffffffff81111561106f5761106f612829565b604051908082528060200260200182016040528015611098578160200160208202803683370190505b5092505f5b848110156111ea575f6110f9600b5f8989868181106110be576110be6129aa565b90506020020160208101906110d39190612810565b6001600160a01b03166001600160a01b031681526020019081526020015f205484611dc3565b905080158015906111bf57507f00000000000000000000000000000000000000000000000000000000000000006111bc82600c5f8b8b8881811061113f5761113f6129aa565b90506020020160208101906111549190612810565b6001600160a01b03166001600160a01b031681526020019081526020015f2054877f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b10155b8583815181106111d1576111d16129aa565b911515602092830291909101909101525060010161109d565b50505092915050565b6111fb611e2b565b6112045f611e57565b565b6001600160a01b0381165f908152600a602052604081205460055460065461093992919084611b95565b5f5f5f61123c8461184f565b91509150611294818361124d610d7f565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b949350505050565b6112d56040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518060e001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f00000000000000000000000000000000000000000000000000000000000000008152602001600154815250905090565b5f5f5f6113db8461184f565b9150915061129481837f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ea6565b8051158061145e575060208101518151115b8061147157508060400151816020015110155b156114ac57805160208201516040808401519051637fa53dd560e01b8152600481019390935260248301919091526044820152606401610816565b670de0b6b3a76400006114e48260600151670de0b6b3a76400006114d09190612930565b604084015190670de0b6b3a7640000611f00565b10611517578060400151816060015160405163269fff8360e21b8152600401610816929190918252602082015260400190565b6080810151158061153057508060400151816080015110155b1561156157608081015160408083015190516358b0e5e960e01b815260048101929092526024820152604401610816565b60a08101511580611578575062093a808160a00151115b1561159e578060a0015160405163db0e87d560e01b815260040161081691815260200190565b670de0b6b3a76400008160c0015111156115e25760c0810151604051634716c00560e01b81526004810191909152670de0b6b3a76400006024820152604401610816565b50565b5f600454426115f4919061291d565b9050805f036116005750565b426004819055505f5f5f61161c60035460075460025487611d6a565b92509250925082600381905550816007819055508060055f8282546116419190612930565b909155505060055460408051858152602081018490528082018590526060810192909252517f4dec04e750ca11537cabcd8a9eab06494de08da3735bc8871cd41250e190bc049181900360800190a150505050565b5f61169f611b60565b825f036116bf57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166116e65760405163d92e233d60e01b815260040160405180910390fd5b6116ee6115e5565b6001600160a01b0382165f908152600b6020526040812054600354909190611717908390611dc3565b9050805f0361173957604051631f2a200560e01b815260040160405180910390fd5b5f81861061174b57509150818161175f565b85611759876003545f611d48565b90945090505b611769818461291d565b6001600160a01b0386165f908152600b6020526040812082905560088054929550839290919061179a90849061291d565b90915550506007546117ac9085611fb0565b60078190556008546040805187815260208101859052908101869052606081019290925260808201526001600160a01b0386169033907fba72c6326cf567f7c89922323ccf631a955220993ca99195f81794dd84e841209060a00160405180910390a36118446001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611d0c565b505050610939611c27565b6001600160a01b0381165f908152600c6020908152604080832054600b90925282205482919061188690611881610d57565b611dc3565b91509150915091565b5f5f611899611b60565b825f036118b957604051631f2a200560e01b815260040160405180910390fd5b6118c16115e5565b5f6118ca610d7f565b90505f6118d8868387611fc8565b6001600160a01b0389165f818152600b6020908152604080832054600c8352928190205460075460085460055460095485518c81529687018b9052948601899052606086018d9052608086019690965260a085019290925260c084015260e083015261010082019290925261012081019190915293975091955092509033907fe98982a961c97d11898054fd3daeac98c9990fd3ebe103511da6d595d4c38b5d906101400160405180910390a36119b96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385611bed565b83156119f4576119f46001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611d0c565b50506119fe611c27565b9250929050565b5f5f5f611a118461184f565b9150915061129481837f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ea6565b611a8a611e2b565b670de0b6b3a7640000811115611ac457604051634716c00560e01b815260048101829052670de0b6b3a76400006024820152604401610816565b611acc6115e5565b6001805490829055611add8261226b565b6002819055604080518381526020810185905280820192909252517f3d1ae0d0783360d19cc17f41fbcaf5ac6d0337cfab12e8b949e4c4dc8ac2c3419181900360600190a15050565b611b2e611e2b565b6001600160a01b038116611b5757604051631e4fbdf760e01b81525f6004820152602401610816565b6115e281611e57565b611b686122b7565b61120460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122f7565b5f611bb885611ba5600187612930565b611bb2620f424087612930565b856122fe565b95945050505050565b5f611bb885611bd3620f424086612930565b611bb2600188612930565b5f610abe600554600754611fb0565b611bfa8383836001612340565b611c2257604051635274afe760e01b81526001600160a01b0384166004820152602401610816565b505050565b6112045f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b8f565b6001600160a01b0381165f908152600b6020526040812054600354611c769190611dc3565b6001600160a01b0383165f908152600c602052604081205491925090611ca090839061124d610d7f565b90507f0000000000000000000000000000000000000000000000000000000000000000811115611c2257604051630df9307160e21b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b611d1a8484848460016123a2565b611d4257604051635274afe760e01b81526001600160a01b0385166004820152602401610816565b50505050565b5f611d6084676765c793fa10079d601b1b85856122fe565b90505b9392505050565b5f5f5f5f611d78868661240f565b9050611d928882676765c793fa10079d601b1b60016122fe565b9350611daa8782676765c793fa10079d601b1b611f00565b9250611db6878461291d565b9150509450945094915050565b5f611d638383676765c793fa10079d601b1b60016122fe565b5f855f03611deb57505f611bb8565b5f611df8868686866124db565b9050805f03611e0b575f19915050611bb8565b611e2087670de0b6b3a76400008360016122fe565b979650505050505050565b5f546001600160a01b031633146112045760405163118cdaa760e01b8152336004820152602401610816565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f855f03611eb557505f611bb8565b845f03611ec457505f19611bb8565b611ef686611eda84670de0b6b3a76400006129be565b85611ee589896129be565b611eef91906129be565b60016122fe565b9695505050505050565b5f5f5f611f0d86866124f0565b91509150815f03611f3157838181611f2757611f276129d5565b0492505050611d63565b818411611f4857611f48600385150260111861250c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f818311611fbe575f611d63565b611d63828461291d565b6001600160a01b0383165f908152600b6020908152604080832054600c9092528220546003548392839290918390612001908490611dc3565b90505f61205182848b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b905081158061207f57507f000000000000000000000000000000000000000000000000000000000000000081105b156120c657604051636c76e19b60e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b61215682848b8b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061251d565b9198509650945086158015612169575085155b1561218757604051631f2a200560e01b815260040160405180910390fd5b5f8515158061219557508288145b6121b4576121af6121a9896003545f611d48565b8661262b565b6121b6565b845b90506121c2818661291d565b6001600160a01b038c165f908152600b6020526040812091909155600880548392906121ef90849061291d565b909155506121ff9050878561291d565b6001600160a01b038c165f908152600c60205260408120919091556009805489929061222c90849061291d565b909155505060075461224790612242888b612930565b611fb0565b6007556005546122579087611fb0565b600581905550505050505093509350939050565b5f6301e1338061228e670de0b6b3a7640000676765c793fa10079d601b1b6129e9565b61229890846129be565b6122a291906129e9565b61093990676765c793fa10079d601b1b612930565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561120457604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f61232b61230b8361263a565b801561232657505f8480612321576123216129d5565b868809115b151590565b612336868686611f00565b611bb89190612930565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661239657838315161561238a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166123fe5783831516156123f2573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f61241b6002836129fc565b5f0361243257676765c793fa10079d601b1b612434565b825b90506124416002836129e9565b91505b811561093957676765c793fa10079d601b1b6124616002826129e9565b61246b85806129be565b6124759190612930565b61247f91906129e9565b925061248c6002836129fc565b156124c957676765c793fa10079d601b1b6124a86002826129e9565b6124b285846129be565b6124bc9190612930565b6124c691906129e9565b90505b6124d46002836129e9565b9150612444565b5f611bb8856124ea85876129be565b84611f00565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f5f5f61252d8b8b88886124db565b90505f61254288670de0b6b3a7640000612930565b90508161255a8e83670de0b6b3a764000060016122fe565b11156125bd5761257582670de0b6b3a76400008360016122fe565b9450898511156125a257604051637f2a4a6760e01b815260048101869052602481018b9052604401610816565b848c868f6125b0919061291d565b945094509450505061261d565b6125db6125d56125cf8f858d86612666565b8f61262b565b8b61262b565b94506126186126126125ed83886129be565b888a8f670de0b6b3a764000061260391906129be565b61260d91906129be565b611f00565b8d61262b565b935050505b985098509895505050505050565b5f828218828410028218611d63565b5f600282600381111561264f5761264f612a0f565b6126599190612a23565b60ff166001149050919050565b5f8061267a670de0b6b3a7640000876129be565b90505f61268786866129be565b905080821161269a575f92505050611294565b5f6126b08686670de0b6b3a764000060016122fe565b6126c290670de0b6b3a764000061291d565b90506126d76126d1838561291d565b826126e3565b98975050505050505050565b5f815f036126f5576126f5601261250c565b816001840381612707576127076129d5565b04600101831515029392505050565b80356001600160a01b038116811461272c575f5ffd5b919050565b5f5f60408385031215612742575f5ffd5b8235915061275260208401612716565b90509250929050565b5f5f6020838503121561276c575f5ffd5b823567ffffffffffffffff811115612782575f5ffd5b8301601f81018513612792575f5ffd5b803567ffffffffffffffff8111156127a8575f5ffd5b8560208260051b84010111156127bc575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b8181101561280557835115158352602093840193909201916001016127e5565b509095945050505050565b5f60208284031215612820575f5ffd5b611d6382612716565b634e487b7160e01b5f52604160045260245ffd5b5f60e082840312801561284e575f5ffd5b5060405160e0810167ffffffffffffffff8111828210171561287e57634e487b7160e01b5f52604160045260245ffd5b604090815283358252602080850135908301528381013590820152606080840135908201526080808401359082015260a0808401359082015260c0928301359281019290925250919050565b5f5f604083850312156128db575f5ffd5b6128e483612716565b946020939093013593505050565b5f60208284031215612902575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561093957610939612909565b8082018082111561093957610939612909565b805169ffffffffffffffffffff8116811461272c575f5ffd5b5f5f5f5f5f60a08688031215612970575f5ffd5b61297986612943565b6020870151604088015160608901519297509095509350915061299e60808701612943565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761093957610939612909565b634e487b7160e01b5f52601260045260245ffd5b5f826129f7576129f76129d5565b500490565b5f82612a0a57612a0a6129d5565b500690565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680612a3557612a356129d5565b8060ff8416069150509291505056",
}

// LendingMarket is an auto generated Go binding around an Ethereum contract.
type LendingMarket struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LendingMarket) GetABI() abi.ABI {
	return c.abi
}

// NewLendingMarket creates a new instance of LendingMarket.
func NewLendingMarket() *LendingMarket {
	parsed, err := LendingMarketMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LendingMarket{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LendingMarket) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner, address collateralToken_, address loanToken_, address priceFeed_, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) returns()
func (lendingMarket *LendingMarket) PackConstructor(initialOwner common.Address, collateralToken_ common.Address, loanToken_ common.Address, priceFeed_ common.Address, params MarketParams) []byte {
	enc, err := lendingMarket.abi.Pack("", initialOwner, collateralToken_, loanToken_, priceFeed_, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXBORROWRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0c5ebf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (lendingMarket *LendingMarket) PackMAXBORROWRATE() []byte {
	enc, err := lendingMarket.abi.Pack("MAX_BORROW_RATE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXBORROWRATE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a0c5ebf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMAXBORROWRATE() ([]byte, error) {
	return lendingMarket.abi.Pack("MAX_BORROW_RATE")
}

// UnpackMAXBORROWRATE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a0c5ebf.
//
// Solidity: function MAX_BORROW_RATE() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMAXBORROWRATE(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("MAX_BORROW_RATE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXPRICEAGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7f7e86.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_PRICE_AGE() view returns(uint256)
func (lendingMarket *LendingMarket) PackMAXPRICEAGE() []byte {
	enc, err := lendingMarket.abi.Pack("MAX_PRICE_AGE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXPRICEAGE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d7f7e86.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_PRICE_AGE() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMAXPRICEAGE() ([]byte, error) {
	return lendingMarket.abi.Pack("MAX_PRICE_AGE")
}

// UnpackMAXPRICEAGE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d7f7e86.
//
// Solidity: function MAX_PRICE_AGE() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMAXPRICEAGE(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("MAX_PRICE_AGE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6afed95.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrueInterest() returns()
func (lendingMarket *LendingMarket) PackAccrueInterest() []byte {
	enc, err := lendingMarket.abi.Pack("accrueInterest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrueInterest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6afed95.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrueInterest() returns()
func (lendingMarket *LendingMarket) TryPackAccrueInterest() ([]byte, error) {
	return lendingMarket.abi.Pack("accrueInterest")
}

// PackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b3fd148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrow(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) PackBorrow(assets *big.Int, receiver common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("borrow", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b3fd148.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrow(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) TryPackBorrow(assets *big.Int, receiver common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("borrow", assets, receiver)
}

// UnpackBorrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b3fd148.
//
// Solidity: function borrow(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) UnpackBorrow(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("borrow", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa5af0fd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowIndex() view returns(uint256)
func (lendingMarket *LendingMarket) PackBorrowIndex() []byte {
	enc, err := lendingMarket.abi.Pack("borrowIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaa5af0fd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowIndex() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackBorrowIndex() ([]byte, error) {
	return lendingMarket.abi.Pack("borrowIndex")
}

// UnpackBorrowIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaa5af0fd.
//
// Solidity: function borrowIndex() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackBorrowIndex(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("borrowIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc914b437.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowRate() view returns(uint256)
func (lendingMarket *LendingMarket) PackBorrowRate() []byte {
	enc, err := lendingMarket.abi.Pack("borrowRate")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc914b437.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowRate() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackBorrowRate() ([]byte, error) {
	return lendingMarket.abi.Pack("borrowRate")
}

// UnpackBorrowRate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc914b437.
//
// Solidity: function borrowRate() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackBorrowRate(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("borrowRate", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a643550.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function borrowShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) PackBorrowShares(arg0 common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("borrowShares", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a643550.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function borrowShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackBorrowShares(arg0 common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("borrowShares", arg0)
}

// UnpackBorrowShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a643550.
//
// Solidity: function borrowShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackBorrowShares(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("borrowShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fdc5de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingMarket *LendingMarket) PackCollateral(arg0 common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("collateral", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5fdc5de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackCollateral(arg0 common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("collateral", arg0)
}

// UnpackCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5fdc5de.
//
// Solidity: function collateral(address ) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackCollateral(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("collateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingMarket *LendingMarket) PackCollateralPrice() []byte {
	enc, err := lendingMarket.abi.Pack("collateralPrice")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5891de72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackCollateralPrice() ([]byte, error) {
	return lendingMarket.abi.Pack("collateralPrice")
}

// UnpackCollateralPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5891de72.
//
// Solidity: function collateralPrice() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackCollateralPrice(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("collateralPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2016bd4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToken() view returns(address)
func (lendingMarket *LendingMarket) PackCollateralToken() []byte {
	enc, err := lendingMarket.abi.Pack("collateralToken")
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
func (lendingMarket *LendingMarket) TryPackCollateralToken() ([]byte, error) {
	return lendingMarket.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (lendingMarket *LendingMarket) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := lendingMarket.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCurrentBorrowIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb801d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentBorrowIndex() view returns(uint256 index)
func (lendingMarket *LendingMarket) PackCurrentBorrowIndex() []byte {
	enc, err := lendingMarket.abi.Pack("currentBorrowIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentBorrowIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4fb801d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentBorrowIndex() view returns(uint256 index)
func (lendingMarket *LendingMarket) TryPackCurrentBorrowIndex() ([]byte, error) {
	return lendingMarket.abi.Pack("currentBorrowIndex")
}

// UnpackCurrentBorrowIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4fb801d7.
//
// Solidity: function currentBorrowIndex() view returns(uint256 index)
func (lendingMarket *LendingMarket) UnpackCurrentBorrowIndex(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("currentBorrowIndex", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481fef8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCollateral(uint256 assets, address onBehalf) returns()
func (lendingMarket *LendingMarket) PackDepositCollateral(assets *big.Int, onBehalf common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("depositCollateral", assets, onBehalf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x481fef8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCollateral(uint256 assets, address onBehalf) returns()
func (lendingMarket *LendingMarket) TryPackDepositCollateral(assets *big.Int, onBehalf common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("depositCollateral", assets, onBehalf)
}

// PackLastAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3baab4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastAccrual() view returns(uint256)
func (lendingMarket *LendingMarket) PackLastAccrual() []byte {
	enc, err := lendingMarket.abi.Pack("lastAccrual")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastAccrual is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b3baab4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastAccrual() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLastAccrual() ([]byte, error) {
	return lendingMarket.abi.Pack("lastAccrual")
}

// UnpackLastAccrual is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b3baab4.
//
// Solidity: function lastAccrual() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLastAccrual(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("lastAccrual", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidatable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a4f918e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidatable(address[] borrowers) view returns(bool[] out)
func (lendingMarket *LendingMarket) PackLiquidatable(borrowers []common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("liquidatable", borrowers)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidatable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a4f918e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidatable(address[] borrowers) view returns(bool[] out)
func (lendingMarket *LendingMarket) TryPackLiquidatable(borrowers []common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("liquidatable", borrowers)
}

// UnpackLiquidatable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a4f918e.
//
// Solidity: function liquidatable(address[] borrowers) view returns(bool[] out)
func (lendingMarket *LendingMarket) UnpackLiquidatable(data []byte) ([]bool, error) {
	out, err := lendingMarket.abi.Unpack("liquidatable", data)
	if err != nil {
		return *new([]bool), err
	}
	out0 := *abi.ConvertType(out[0], new([]bool)).(*[]bool)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbaf487.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate(address borrower, uint256 maxRepayAssets) returns(uint256 repaid, uint256 seized)
func (lendingMarket *LendingMarket) PackLiquidate(borrower common.Address, maxRepayAssets *big.Int) []byte {
	enc, err := lendingMarket.abi.Pack("liquidate", borrower, maxRepayAssets)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbcbaf487.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate(address borrower, uint256 maxRepayAssets) returns(uint256 repaid, uint256 seized)
func (lendingMarket *LendingMarket) TryPackLiquidate(borrower common.Address, maxRepayAssets *big.Int) ([]byte, error) {
	return lendingMarket.abi.Pack("liquidate", borrower, maxRepayAssets)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Repaid *big.Int
	Seized *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbcbaf487.
//
// Solidity: function liquidate(address borrower, uint256 maxRepayAssets) returns(uint256 repaid, uint256 seized)
func (lendingMarket *LendingMarket) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := lendingMarket.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Repaid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Seized = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLiquidationBonus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7c1f4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationBonus() view returns(uint256)
func (lendingMarket *LendingMarket) PackLiquidationBonus() []byte {
	enc, err := lendingMarket.abi.Pack("liquidationBonus")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationBonus is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b7c1f4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationBonus() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLiquidationBonus() ([]byte, error) {
	return lendingMarket.abi.Pack("liquidationBonus")
}

// UnpackLiquidationBonus is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b7c1f4c.
//
// Solidity: function liquidationBonus() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLiquidationBonus(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("liquidationBonus", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidationLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a89dfca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationLtv() view returns(uint256)
func (lendingMarket *LendingMarket) PackLiquidationLtv() []byte {
	enc, err := lendingMarket.abi.Pack("liquidationLtv")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a89dfca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationLtv() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLiquidationLtv() ([]byte, error) {
	return lendingMarket.abi.Pack("liquidationLtv")
}

// UnpackLiquidationLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7a89dfca.
//
// Solidity: function liquidationLtv() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLiquidationLtv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("liquidationLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidationPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964db90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) PackLiquidationPrice(borrower common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("liquidationPrice", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x964db90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLiquidationPrice(borrower common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("liquidationPrice", borrower)
}

// UnpackLiquidationPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x964db90c.
//
// Solidity: function liquidationPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLiquidationPrice(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("liquidationPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidationTargetLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e3b6116.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidationTargetLtv() view returns(uint256)
func (lendingMarket *LendingMarket) PackLiquidationTargetLtv() []byte {
	enc, err := lendingMarket.abi.Pack("liquidationTargetLtv")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidationTargetLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e3b6116.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidationTargetLtv() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLiquidationTargetLtv() ([]byte, error) {
	return lendingMarket.abi.Pack("liquidationTargetLtv")
}

// UnpackLiquidationTargetLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2e3b6116.
//
// Solidity: function liquidationTargetLtv() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLiquidationTargetLtv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("liquidationTargetLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a686502.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidity() view returns(uint256)
func (lendingMarket *LendingMarket) PackLiquidity() []byte {
	enc, err := lendingMarket.abi.Pack("liquidity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a686502.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidity() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLiquidity() ([]byte, error) {
	return lendingMarket.abi.Pack("liquidity")
}

// UnpackLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a686502.
//
// Solidity: function liquidity() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLiquidity(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("liquidity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLoanToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06d37817.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function loanToken() view returns(address)
func (lendingMarket *LendingMarket) PackLoanToken() []byte {
	enc, err := lendingMarket.abi.Pack("loanToken")
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
func (lendingMarket *LendingMarket) TryPackLoanToken() ([]byte, error) {
	return lendingMarket.abi.Pack("loanToken")
}

// UnpackLoanToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06d37817.
//
// Solidity: function loanToken() view returns(address)
func (lendingMarket *LendingMarket) UnpackLoanToken(data []byte) (common.Address, error) {
	out, err := lendingMarket.abi.Unpack("loanToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7473eea6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ltv(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) PackLtv(borrower common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("ltv", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7473eea6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ltv(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackLtv(borrower common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("ltv", borrower)
}

// UnpackLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7473eea6.
//
// Solidity: function ltv(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackLtv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("ltv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarginCallLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x601e2d4f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marginCallLtv() view returns(uint256)
func (lendingMarket *LendingMarket) PackMarginCallLtv() []byte {
	enc, err := lendingMarket.abi.Pack("marginCallLtv")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarginCallLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x601e2d4f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marginCallLtv() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMarginCallLtv() ([]byte, error) {
	return lendingMarket.abi.Pack("marginCallLtv")
}

// UnpackMarginCallLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x601e2d4f.
//
// Solidity: function marginCallLtv() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMarginCallLtv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("marginCallLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarginCallPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00b9aaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marginCallPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) PackMarginCallPrice(borrower common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("marginCallPrice", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarginCallPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd00b9aaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marginCallPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMarginCallPrice(borrower common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("marginCallPrice", borrower)
}

// UnpackMarginCallPrice is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd00b9aaf.
//
// Solidity: function marginCallPrice(address borrower) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMarginCallPrice(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("marginCallPrice", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParams() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (lendingMarket *LendingMarket) PackMarketParams() []byte {
	enc, err := lendingMarket.abi.Pack("marketParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b9e68f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketParams() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (lendingMarket *LendingMarket) TryPackMarketParams() ([]byte, error) {
	return lendingMarket.abi.Pack("marketParams")
}

// UnpackMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b9e68f2.
//
// Solidity: function marketParams() view returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (lendingMarket *LendingMarket) UnpackMarketParams(data []byte) (MarketParams, error) {
	out, err := lendingMarket.abi.Unpack("marketParams", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackMaxBorrowLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f0a5931.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxBorrowLtv() view returns(uint256)
func (lendingMarket *LendingMarket) PackMaxBorrowLtv() []byte {
	enc, err := lendingMarket.abi.Pack("maxBorrowLtv")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxBorrowLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f0a5931.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxBorrowLtv() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMaxBorrowLtv() ([]byte, error) {
	return lendingMarket.abi.Pack("maxBorrowLtv")
}

// UnpackMaxBorrowLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f0a5931.
//
// Solidity: function maxBorrowLtv() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMaxBorrowLtv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("maxBorrowLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (lendingMarket *LendingMarket) PackMaxPriceAge() []byte {
	enc, err := lendingMarket.abi.Pack("maxPriceAge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMaxPriceAge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1584410a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackMaxPriceAge() ([]byte, error) {
	return lendingMarket.abi.Pack("maxPriceAge")
}

// UnpackMaxPriceAge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1584410a.
//
// Solidity: function maxPriceAge() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackMaxPriceAge(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("maxPriceAge", data)
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
func (lendingMarket *LendingMarket) PackOwner() []byte {
	enc, err := lendingMarket.abi.Pack("owner")
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
func (lendingMarket *LendingMarket) TryPackOwner() ([]byte, error) {
	return lendingMarket.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (lendingMarket *LendingMarket) UnpackOwner(data []byte) (common.Address, error) {
	out, err := lendingMarket.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7648fb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function position(address borrower) view returns(uint256 collateral_, uint256 debt)
func (lendingMarket *LendingMarket) PackPosition(borrower common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("position", borrower)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPosition is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7648fb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function position(address borrower) view returns(uint256 collateral_, uint256 debt)
func (lendingMarket *LendingMarket) TryPackPosition(borrower common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("position", borrower)
}

// PositionOutput serves as a container for the return parameters of contract
// method Position.
type PositionOutput struct {
	Collateral *big.Int
	Debt       *big.Int
}

// UnpackPosition is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7648fb9.
//
// Solidity: function position(address borrower) view returns(uint256 collateral_, uint256 debt)
func (lendingMarket *LendingMarket) UnpackPosition(data []byte) (PositionOutput, error) {
	out, err := lendingMarket.abi.Unpack("position", data)
	outstruct := new(PositionOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Collateral = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Debt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceFeed() view returns(address)
func (lendingMarket *LendingMarket) PackPriceFeed() []byte {
	enc, err := lendingMarket.abi.Pack("priceFeed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceFeed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x741bef1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceFeed() view returns(address)
func (lendingMarket *LendingMarket) TryPackPriceFeed() ([]byte, error) {
	return lendingMarket.abi.Pack("priceFeed")
}

// UnpackPriceFeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x741bef1a.
//
// Solidity: function priceFeed() view returns(address)
func (lendingMarket *LendingMarket) UnpackPriceFeed(data []byte) (common.Address, error) {
	out, err := lendingMarket.abi.Unpack("priceFeed", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eff1a98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (lendingMarket *LendingMarket) PackRatePerSecond() []byte {
	enc, err := lendingMarket.abi.Pack("ratePerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eff1a98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackRatePerSecond() ([]byte, error) {
	return lendingMarket.abi.Pack("ratePerSecond")
}

// UnpackRatePerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8eff1a98.
//
// Solidity: function ratePerSecond() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackRatePerSecond(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("ratePerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (lendingMarket *LendingMarket) PackRenounceOwnership() []byte {
	enc, err := lendingMarket.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (lendingMarket *LendingMarket) TryPackRenounceOwnership() ([]byte, error) {
	return lendingMarket.abi.Pack("renounceOwnership")
}

// PackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacb70815.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function repay(uint256 assets, address onBehalf) returns(uint256 repaid)
func (lendingMarket *LendingMarket) PackRepay(assets *big.Int, onBehalf common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("repay", assets, onBehalf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRepay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacb70815.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function repay(uint256 assets, address onBehalf) returns(uint256 repaid)
func (lendingMarket *LendingMarket) TryPackRepay(assets *big.Int, onBehalf common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("repay", assets, onBehalf)
}

// UnpackRepay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacb70815.
//
// Solidity: function repay(uint256 assets, address onBehalf) returns(uint256 repaid)
func (lendingMarket *LendingMarket) UnpackRepay(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("repay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd3eaf04.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setBorrowRate(uint256 newRate) returns()
func (lendingMarket *LendingMarket) PackSetBorrowRate(newRate *big.Int) []byte {
	enc, err := lendingMarket.abi.Pack("setBorrowRate", newRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetBorrowRate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd3eaf04.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setBorrowRate(uint256 newRate) returns()
func (lendingMarket *LendingMarket) TryPackSetBorrowRate(newRate *big.Int) ([]byte, error) {
	return lendingMarket.abi.Pack("setBorrowRate", newRate)
}

// PackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674032b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supply(uint256 assets, address onBehalf) returns(uint256 shares)
func (lendingMarket *LendingMarket) PackSupply(assets *big.Int, onBehalf common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("supply", assets, onBehalf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x674032b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supply(uint256 assets, address onBehalf) returns(uint256 shares)
func (lendingMarket *LendingMarket) TryPackSupply(assets *big.Int, onBehalf common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("supply", assets, onBehalf)
}

// UnpackSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x674032b8.
//
// Solidity: function supply(uint256 assets, address onBehalf) returns(uint256 shares)
func (lendingMarket *LendingMarket) UnpackSupply(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("supply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupplyBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72d9a1b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyBalance(address lender) view returns(uint256)
func (lendingMarket *LendingMarket) PackSupplyBalance(lender common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("supplyBalance", lender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x72d9a1b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyBalance(address lender) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackSupplyBalance(lender common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("supplyBalance", lender)
}

// UnpackSupplyBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x72d9a1b4.
//
// Solidity: function supplyBalance(address lender) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackSupplyBalance(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("supplyBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe589253c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supplyShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) PackSupplyShares(arg0 common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("supplyShares", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe589253c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supplyShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) TryPackSupplyShares(arg0 common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("supplyShares", arg0)
}

// UnpackSupplyShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe589253c.
//
// Solidity: function supplyShares(address ) view returns(uint256)
func (lendingMarket *LendingMarket) UnpackSupplyShares(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("supplyShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBorrowAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aad44c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBorrowAssets() view returns(uint256)
func (lendingMarket *LendingMarket) PackTotalBorrowAssets() []byte {
	enc, err := lendingMarket.abi.Pack("totalBorrowAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBorrowAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aad44c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBorrowAssets() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackTotalBorrowAssets() ([]byte, error) {
	return lendingMarket.abi.Pack("totalBorrowAssets")
}

// UnpackTotalBorrowAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aad44c2.
//
// Solidity: function totalBorrowAssets() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackTotalBorrowAssets(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("totalBorrowAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x136cf1f7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalBorrowShares() view returns(uint256)
func (lendingMarket *LendingMarket) PackTotalBorrowShares() []byte {
	enc, err := lendingMarket.abi.Pack("totalBorrowShares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x136cf1f7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalBorrowShares() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackTotalBorrowShares() ([]byte, error) {
	return lendingMarket.abi.Pack("totalBorrowShares")
}

// UnpackTotalBorrowShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x136cf1f7.
//
// Solidity: function totalBorrowShares() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackTotalBorrowShares(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("totalBorrowShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac8eb5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalCollateral() view returns(uint256)
func (lendingMarket *LendingMarket) PackTotalCollateral() []byte {
	enc, err := lendingMarket.abi.Pack("totalCollateral")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ac8eb5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalCollateral() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackTotalCollateral() ([]byte, error) {
	return lendingMarket.abi.Pack("totalCollateral")
}

// UnpackTotalCollateral is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ac8eb5f.
//
// Solidity: function totalCollateral() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackTotalCollateral(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("totalCollateral", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupplyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94877fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupplyAssets() view returns(uint256)
func (lendingMarket *LendingMarket) PackTotalSupplyAssets() []byte {
	enc, err := lendingMarket.abi.Pack("totalSupplyAssets")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupplyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x94877fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupplyAssets() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackTotalSupplyAssets() ([]byte, error) {
	return lendingMarket.abi.Pack("totalSupplyAssets")
}

// UnpackTotalSupplyAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x94877fc4.
//
// Solidity: function totalSupplyAssets() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackTotalSupplyAssets(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("totalSupplyAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7bde55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupplyShares() view returns(uint256)
func (lendingMarket *LendingMarket) PackTotalSupplyShares() []byte {
	enc, err := lendingMarket.abi.Pack("totalSupplyShares")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba7bde55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupplyShares() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackTotalSupplyShares() ([]byte, error) {
	return lendingMarket.abi.Pack("totalSupplyShares")
}

// UnpackTotalSupplyShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba7bde55.
//
// Solidity: function totalSupplyShares() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackTotalSupplyShares(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("totalSupplyShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (lendingMarket *LendingMarket) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (lendingMarket *LendingMarket) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("transferOwnership", newOwner)
}

// PackValidateParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c00e10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function validateParams((uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) pure returns()
func (lendingMarket *LendingMarket) PackValidateParams(params MarketParams) []byte {
	enc, err := lendingMarket.abi.Pack("validateParams", params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValidateParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98c00e10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function validateParams((uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) pure returns()
func (lendingMarket *LendingMarket) TryPackValidateParams(params MarketParams) ([]byte, error) {
	return lendingMarket.abi.Pack("validateParams", params)
}

// PackValueDiv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0203ed4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueDiv() view returns(uint256)
func (lendingMarket *LendingMarket) PackValueDiv() []byte {
	enc, err := lendingMarket.abi.Pack("valueDiv")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueDiv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0203ed4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueDiv() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackValueDiv() ([]byte, error) {
	return lendingMarket.abi.Pack("valueDiv")
}

// UnpackValueDiv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0203ed4b.
//
// Solidity: function valueDiv() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackValueDiv(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("valueDiv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackValueMul is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d79a0ad.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function valueMul() view returns(uint256)
func (lendingMarket *LendingMarket) PackValueMul() []byte {
	enc, err := lendingMarket.abi.Pack("valueMul")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackValueMul is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1d79a0ad.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function valueMul() view returns(uint256)
func (lendingMarket *LendingMarket) TryPackValueMul() ([]byte, error) {
	return lendingMarket.abi.Pack("valueMul")
}

// UnpackValueMul is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1d79a0ad.
//
// Solidity: function valueMul() view returns(uint256)
func (lendingMarket *LendingMarket) UnpackValueMul(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("valueMul", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f714ce.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) PackWithdraw(assets *big.Int, receiver common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("withdraw", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00f714ce.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) TryPackWithdraw(assets *big.Int, receiver common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("withdraw", assets, receiver)
}

// UnpackWithdraw is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00f714ce.
//
// Solidity: function withdraw(uint256 assets, address receiver) returns(uint256 shares)
func (lendingMarket *LendingMarket) UnpackWithdraw(data []byte) (*big.Int, error) {
	out, err := lendingMarket.abi.Unpack("withdraw", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af504cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawCollateral(uint256 assets, address receiver) returns()
func (lendingMarket *LendingMarket) PackWithdrawCollateral(assets *big.Int, receiver common.Address) []byte {
	enc, err := lendingMarket.abi.Pack("withdrawCollateral", assets, receiver)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawCollateral is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af504cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawCollateral(uint256 assets, address receiver) returns()
func (lendingMarket *LendingMarket) TryPackWithdrawCollateral(assets *big.Int, receiver common.Address) ([]byte, error) {
	return lendingMarket.abi.Pack("withdrawCollateral", assets, receiver)
}

// LendingMarketAccrueInterest represents a AccrueInterest event raised by the LendingMarket contract.
type LendingMarketAccrueInterest struct {
	BorrowIndex       *big.Int
	Interest          *big.Int
	TotalBorrowAssets *big.Int
	TotalSupplyAssets *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketAccrueInterestEventName = "AccrueInterest"

// ContractEventName returns the user-defined event name.
func (LendingMarketAccrueInterest) ContractEventName() string {
	return LendingMarketAccrueInterestEventName
}

// UnpackAccrueInterestEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccrueInterest(uint256 borrowIndex, uint256 interest, uint256 totalBorrowAssets, uint256 totalSupplyAssets)
func (lendingMarket *LendingMarket) UnpackAccrueInterestEvent(log *types.Log) (*LendingMarketAccrueInterest, error) {
	event := "AccrueInterest"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketAccrueInterest)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketBorrow represents a Borrow event raised by the LendingMarket contract.
type LendingMarketBorrow struct {
	Caller            common.Address
	Receiver          common.Address
	Assets            *big.Int
	Shares            *big.Int
	BorrowShares      *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketBorrowEventName = "Borrow"

// ContractEventName returns the user-defined event name.
func (LendingMarketBorrow) ContractEventName() string {
	return LendingMarketBorrowEventName
}

// UnpackBorrowEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Borrow(address indexed caller, address indexed receiver, uint256 assets, uint256 shares, uint256 borrowShares, uint256 totalBorrowAssets, uint256 totalBorrowShares)
func (lendingMarket *LendingMarket) UnpackBorrowEvent(log *types.Log) (*LendingMarketBorrow, error) {
	event := "Borrow"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketBorrow)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketBorrowRateSet represents a BorrowRateSet event raised by the LendingMarket contract.
type LendingMarketBorrowRateSet struct {
	OldRate       *big.Int
	NewRate       *big.Int
	RatePerSecond *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const LendingMarketBorrowRateSetEventName = "BorrowRateSet"

// ContractEventName returns the user-defined event name.
func (LendingMarketBorrowRateSet) ContractEventName() string {
	return LendingMarketBorrowRateSetEventName
}

// UnpackBorrowRateSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BorrowRateSet(uint256 oldRate, uint256 newRate, uint256 ratePerSecond)
func (lendingMarket *LendingMarket) UnpackBorrowRateSetEvent(log *types.Log) (*LendingMarketBorrowRateSet, error) {
	event := "BorrowRateSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketBorrowRateSet)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketDepositCollateral represents a DepositCollateral event raised by the LendingMarket contract.
type LendingMarketDepositCollateral struct {
	Caller          common.Address
	OnBehalf        common.Address
	Assets          *big.Int
	Collateral      *big.Int
	TotalCollateral *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LendingMarketDepositCollateralEventName = "DepositCollateral"

// ContractEventName returns the user-defined event name.
func (LendingMarketDepositCollateral) ContractEventName() string {
	return LendingMarketDepositCollateralEventName
}

// UnpackDepositCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositCollateral(address indexed caller, address indexed onBehalf, uint256 assets, uint256 collateral, uint256 totalCollateral)
func (lendingMarket *LendingMarket) UnpackDepositCollateralEvent(log *types.Log) (*LendingMarketDepositCollateral, error) {
	event := "DepositCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketDepositCollateral)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketLiquidate represents a Liquidate event raised by the LendingMarket contract.
type LendingMarketLiquidate struct {
	Liquidator        common.Address
	Borrower          common.Address
	RepaidAssets      *big.Int
	SeizedCollateral  *big.Int
	BadDebtAssets     *big.Int
	Price             *big.Int
	BorrowShares      *big.Int
	Collateral        *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	TotalSupplyAssets *big.Int
	TotalCollateral   *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketLiquidateEventName = "Liquidate"

// ContractEventName returns the user-defined event name.
func (LendingMarketLiquidate) ContractEventName() string {
	return LendingMarketLiquidateEventName
}

// UnpackLiquidateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Liquidate(address indexed liquidator, address indexed borrower, uint256 repaidAssets, uint256 seizedCollateral, uint256 badDebtAssets, uint256 price, uint256 borrowShares, uint256 collateral, uint256 totalBorrowAssets, uint256 totalBorrowShares, uint256 totalSupplyAssets, uint256 totalCollateral)
func (lendingMarket *LendingMarket) UnpackLiquidateEvent(log *types.Log) (*LendingMarketLiquidate, error) {
	event := "Liquidate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketLiquidate)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketOwnershipTransferred represents a OwnershipTransferred event raised by the LendingMarket contract.
type LendingMarketOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LendingMarketOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LendingMarketOwnershipTransferred) ContractEventName() string {
	return LendingMarketOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (lendingMarket *LendingMarket) UnpackOwnershipTransferredEvent(log *types.Log) (*LendingMarketOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketRepay represents a Repay event raised by the LendingMarket contract.
type LendingMarketRepay struct {
	Caller            common.Address
	OnBehalf          common.Address
	Assets            *big.Int
	Shares            *big.Int
	BorrowShares      *big.Int
	TotalBorrowAssets *big.Int
	TotalBorrowShares *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketRepayEventName = "Repay"

// ContractEventName returns the user-defined event name.
func (LendingMarketRepay) ContractEventName() string {
	return LendingMarketRepayEventName
}

// UnpackRepayEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Repay(address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares, uint256 borrowShares, uint256 totalBorrowAssets, uint256 totalBorrowShares)
func (lendingMarket *LendingMarket) UnpackRepayEvent(log *types.Log) (*LendingMarketRepay, error) {
	event := "Repay"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketRepay)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketSupply represents a Supply event raised by the LendingMarket contract.
type LendingMarketSupply struct {
	Caller            common.Address
	OnBehalf          common.Address
	Assets            *big.Int
	Shares            *big.Int
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketSupplyEventName = "Supply"

// ContractEventName returns the user-defined event name.
func (LendingMarketSupply) ContractEventName() string {
	return LendingMarketSupplyEventName
}

// UnpackSupplyEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Supply(address indexed caller, address indexed onBehalf, uint256 assets, uint256 shares, uint256 totalSupplyAssets, uint256 totalSupplyShares)
func (lendingMarket *LendingMarket) UnpackSupplyEvent(log *types.Log) (*LendingMarketSupply, error) {
	event := "Supply"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketSupply)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketWithdraw represents a Withdraw event raised by the LendingMarket contract.
type LendingMarketWithdraw struct {
	Caller            common.Address
	Receiver          common.Address
	Assets            *big.Int
	Shares            *big.Int
	TotalSupplyAssets *big.Int
	TotalSupplyShares *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const LendingMarketWithdrawEventName = "Withdraw"

// ContractEventName returns the user-defined event name.
func (LendingMarketWithdraw) ContractEventName() string {
	return LendingMarketWithdrawEventName
}

// UnpackWithdrawEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdraw(address indexed caller, address indexed receiver, uint256 assets, uint256 shares, uint256 totalSupplyAssets, uint256 totalSupplyShares)
func (lendingMarket *LendingMarket) UnpackWithdrawEvent(log *types.Log) (*LendingMarketWithdraw, error) {
	event := "Withdraw"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketWithdraw)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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

// LendingMarketWithdrawCollateral represents a WithdrawCollateral event raised by the LendingMarket contract.
type LendingMarketWithdrawCollateral struct {
	Caller          common.Address
	Receiver        common.Address
	Assets          *big.Int
	Collateral      *big.Int
	TotalCollateral *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const LendingMarketWithdrawCollateralEventName = "WithdrawCollateral"

// ContractEventName returns the user-defined event name.
func (LendingMarketWithdrawCollateral) ContractEventName() string {
	return LendingMarketWithdrawCollateralEventName
}

// UnpackWithdrawCollateralEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawCollateral(address indexed caller, address indexed receiver, uint256 assets, uint256 collateral, uint256 totalCollateral)
func (lendingMarket *LendingMarket) UnpackWithdrawCollateralEvent(log *types.Log) (*LendingMarketWithdrawCollateral, error) {
	event := "WithdrawCollateral"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lendingMarket.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LendingMarketWithdrawCollateral)
	if len(log.Data) > 0 {
		if err := lendingMarket.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lendingMarket.abi.Events[event].Inputs {
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
func (lendingMarket *LendingMarket) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InsufficientSupply"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInsufficientSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InvalidLtvOrder"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInvalidLtvOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InvalidMaxPriceAge"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInvalidMaxPriceAgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["InvalidTargetLtv"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackInvalidTargetLtvError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["LiquidationLtvTooHigh"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackLiquidationLtvTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["LtvTooHigh"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackLtvTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["MarketExists"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackMarketExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["NotLiquidatable"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackNotLiquidatableError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["RateTooHigh"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackRateTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["RepayTooSmall"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackRepayTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["StalePrice"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackStalePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["UnsupportedDecimals"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackUnsupportedDecimalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], lendingMarket.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return lendingMarket.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LendingMarketInsufficientCollateral represents a InsufficientCollateral error raised by the LendingMarket contract.
type LendingMarketInsufficientCollateral struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 available)
func LendingMarketInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0xb07e3bc4c23a2d5a3367eec63320a439a69fa5b14b5619ba643e23b3ab6ef805")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 available)
func (lendingMarket *LendingMarket) UnpackInsufficientCollateralError(raw []byte) (*LendingMarketInsufficientCollateral, error) {
	out := new(LendingMarketInsufficientCollateral)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInsufficientLiquidity represents a InsufficientLiquidity error raised by the LendingMarket contract.
type LendingMarketInsufficientLiquidity struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func LendingMarketInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0xa17e11d5aed9d2c4240142d28db52e7da7283f43ac33766dd68e8f3dc6613c0d")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func (lendingMarket *LendingMarket) UnpackInsufficientLiquidityError(raw []byte) (*LendingMarketInsufficientLiquidity, error) {
	out := new(LendingMarketInsufficientLiquidity)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInsufficientSupply represents a InsufficientSupply error raised by the LendingMarket contract.
type LendingMarketInsufficientSupply struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSupply(uint256 requested, uint256 available)
func LendingMarketInsufficientSupplyErrorID() common.Hash {
	return common.HexToHash("0x9e4c4461f030c0dcc776275fba34b37bf84116c624af5ff992fee74d9f22a4d6")
}

// UnpackInsufficientSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSupply(uint256 requested, uint256 available)
func (lendingMarket *LendingMarket) UnpackInsufficientSupplyError(raw []byte) (*LendingMarketInsufficientSupply, error) {
	out := new(LendingMarketInsufficientSupply)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InsufficientSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInvalidLtvOrder represents a InvalidLtvOrder error raised by the LendingMarket contract.
type LendingMarketInvalidLtvOrder struct {
	MaxBorrowLtv   *big.Int
	MarginCallLtv  *big.Int
	LiquidationLtv *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLtvOrder(uint256 maxBorrowLtv, uint256 marginCallLtv, uint256 liquidationLtv)
func LendingMarketInvalidLtvOrderErrorID() common.Hash {
	return common.HexToHash("0x7fa53dd572f8dff7c3c9bc95a716b9d62e960472ebaa7bed12fa7472119846e0")
}

// UnpackInvalidLtvOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLtvOrder(uint256 maxBorrowLtv, uint256 marginCallLtv, uint256 liquidationLtv)
func (lendingMarket *LendingMarket) UnpackInvalidLtvOrderError(raw []byte) (*LendingMarketInvalidLtvOrder, error) {
	out := new(LendingMarketInvalidLtvOrder)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InvalidLtvOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInvalidMaxPriceAge represents a InvalidMaxPriceAge error raised by the LendingMarket contract.
type LendingMarketInvalidMaxPriceAge struct {
	MaxPriceAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxPriceAge(uint256 maxPriceAge)
func LendingMarketInvalidMaxPriceAgeErrorID() common.Hash {
	return common.HexToHash("0xdb0e87d50d94f7c1439e4fb0cd4064a650ff038981da9c1b44f0419f63690c96")
}

// UnpackInvalidMaxPriceAgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxPriceAge(uint256 maxPriceAge)
func (lendingMarket *LendingMarket) UnpackInvalidMaxPriceAgeError(raw []byte) (*LendingMarketInvalidMaxPriceAge, error) {
	out := new(LendingMarketInvalidMaxPriceAge)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InvalidMaxPriceAge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInvalidPrice represents a InvalidPrice error raised by the LendingMarket contract.
type LendingMarketInvalidPrice struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(int256 answer)
func LendingMarketInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0x38ee04a75873ad84b9be087c0f3e007d689a5f005f7c07c9af6f5c59da7a64d0")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(int256 answer)
func (lendingMarket *LendingMarket) UnpackInvalidPriceError(raw []byte) (*LendingMarketInvalidPrice, error) {
	out := new(LendingMarketInvalidPrice)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketInvalidTargetLtv represents a InvalidTargetLtv error raised by the LendingMarket contract.
type LendingMarketInvalidTargetLtv struct {
	LiquidationTargetLtv *big.Int
	LiquidationLtv       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTargetLtv(uint256 liquidationTargetLtv, uint256 liquidationLtv)
func LendingMarketInvalidTargetLtvErrorID() common.Hash {
	return common.HexToHash("0x58b0e5e97dacf55ae623b5112d1940d9d223109ec99794635985376bd5c07ed6")
}

// UnpackInvalidTargetLtvError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTargetLtv(uint256 liquidationTargetLtv, uint256 liquidationLtv)
func (lendingMarket *LendingMarket) UnpackInvalidTargetLtvError(raw []byte) (*LendingMarketInvalidTargetLtv, error) {
	out := new(LendingMarketInvalidTargetLtv)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "InvalidTargetLtv", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketLiquidationLtvTooHigh represents a LiquidationLtvTooHigh error raised by the LendingMarket contract.
type LendingMarketLiquidationLtvTooHigh struct {
	LiquidationLtv   *big.Int
	LiquidationBonus *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LiquidationLtvTooHigh(uint256 liquidationLtv, uint256 liquidationBonus)
func LendingMarketLiquidationLtvTooHighErrorID() common.Hash {
	return common.HexToHash("0x9a7ffe0cfabf8cf2815c8094312d591429dd56c65c5944fd71d631c2ec6d4cbf")
}

// UnpackLiquidationLtvTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LiquidationLtvTooHigh(uint256 liquidationLtv, uint256 liquidationBonus)
func (lendingMarket *LendingMarket) UnpackLiquidationLtvTooHighError(raw []byte) (*LendingMarketLiquidationLtvTooHigh, error) {
	out := new(LendingMarketLiquidationLtvTooHigh)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "LiquidationLtvTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketLtvTooHigh represents a LtvTooHigh error raised by the LendingMarket contract.
type LendingMarketLtvTooHigh struct {
	Ltv *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LtvTooHigh(uint256 ltv, uint256 max)
func LendingMarketLtvTooHighErrorID() common.Hash {
	return common.HexToHash("0x37e4c1c413614bd8b9908fe5e0ef2913f1bf36f8cabf4f6a938405c51ce47ee2")
}

// UnpackLtvTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LtvTooHigh(uint256 ltv, uint256 max)
func (lendingMarket *LendingMarket) UnpackLtvTooHighError(raw []byte) (*LendingMarketLtvTooHigh, error) {
	out := new(LendingMarketLtvTooHigh)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "LtvTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketMarketExists represents a MarketExists error raised by the LendingMarket contract.
type LendingMarketMarketExists struct {
	CollateralToken common.Address
	Market          common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketExists(address collateralToken, address market)
func LendingMarketMarketExistsErrorID() common.Hash {
	return common.HexToHash("0xd625901aa1fd0dd10353e60f3b67acb6bbea15e37f4cb08eb346c1939e7fdde2")
}

// UnpackMarketExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketExists(address collateralToken, address market)
func (lendingMarket *LendingMarket) UnpackMarketExistsError(raw []byte) (*LendingMarketMarketExists, error) {
	out := new(LendingMarketMarketExists)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "MarketExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketNotLiquidatable represents a NotLiquidatable error raised by the LendingMarket contract.
type LendingMarketNotLiquidatable struct {
	Ltv            *big.Int
	LiquidationLtv *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLiquidatable(uint256 ltv, uint256 liquidationLtv)
func LendingMarketNotLiquidatableErrorID() common.Hash {
	return common.HexToHash("0xd8edc336a39ee5ae4b38ffdf11c16a92e3ddf8a00cc5588292ecaf58267cb956")
}

// UnpackNotLiquidatableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLiquidatable(uint256 ltv, uint256 liquidationLtv)
func (lendingMarket *LendingMarket) UnpackNotLiquidatableError(raw []byte) (*LendingMarketNotLiquidatable, error) {
	out := new(LendingMarketNotLiquidatable)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "NotLiquidatable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LendingMarket contract.
type LendingMarketOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LendingMarketOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (lendingMarket *LendingMarket) UnpackOwnableInvalidOwnerError(raw []byte) (*LendingMarketOwnableInvalidOwner, error) {
	out := new(LendingMarketOwnableInvalidOwner)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LendingMarket contract.
type LendingMarketOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LendingMarketOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (lendingMarket *LendingMarket) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LendingMarketOwnableUnauthorizedAccount, error) {
	out := new(LendingMarketOwnableUnauthorizedAccount)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketRateTooHigh represents a RateTooHigh error raised by the LendingMarket contract.
type LendingMarketRateTooHigh struct {
	Rate *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateTooHigh(uint256 rate, uint256 max)
func LendingMarketRateTooHighErrorID() common.Hash {
	return common.HexToHash("0x4716c005c60b2d15d6b21971116fcbffc9ca23d1369445740940b85558b2bd86")
}

// UnpackRateTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateTooHigh(uint256 rate, uint256 max)
func (lendingMarket *LendingMarket) UnpackRateTooHighError(raw []byte) (*LendingMarketRateTooHigh, error) {
	out := new(LendingMarketRateTooHigh)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "RateTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LendingMarket contract.
type LendingMarketReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LendingMarketReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (lendingMarket *LendingMarket) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LendingMarketReentrancyGuardReentrantCall, error) {
	out := new(LendingMarketReentrancyGuardReentrantCall)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketRepayTooSmall represents a RepayTooSmall error raised by the LendingMarket contract.
type LendingMarketRepayTooSmall struct {
	Required       *big.Int
	MaxRepayAssets *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func LendingMarketRepayTooSmallErrorID() common.Hash {
	return common.HexToHash("0x7f2a4a677dd457444368333807ecaba2d6cff601329aeb573a6c3a1fdaf99312")
}

// UnpackRepayTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func (lendingMarket *LendingMarket) UnpackRepayTooSmallError(raw []byte) (*LendingMarketRepayTooSmall, error) {
	out := new(LendingMarketRepayTooSmall)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "RepayTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LendingMarket contract.
type LendingMarketSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LendingMarketSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (lendingMarket *LendingMarket) UnpackSafeERC20FailedOperationError(raw []byte) (*LendingMarketSafeERC20FailedOperation, error) {
	out := new(LendingMarketSafeERC20FailedOperation)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketStalePrice represents a StalePrice error raised by the LendingMarket contract.
type LendingMarketStalePrice struct {
	UpdatedAt *big.Int
	MaxAge    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePrice(uint256 updatedAt, uint256 maxAge)
func LendingMarketStalePriceErrorID() common.Hash {
	return common.HexToHash("0x2730eb48b74ddb54b6d7350f70a148844609908c35a2ee52be7881b788079269")
}

// UnpackStalePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePrice(uint256 updatedAt, uint256 maxAge)
func (lendingMarket *LendingMarket) UnpackStalePriceError(raw []byte) (*LendingMarketStalePrice, error) {
	out := new(LendingMarketStalePrice)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "StalePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketUnsupportedDecimals represents a UnsupportedDecimals error raised by the LendingMarket contract.
type LendingMarketUnsupportedDecimals struct {
	CollateralDecimals uint8
	LoanDecimals       uint8
	FeedDecimals       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedDecimals(uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals)
func LendingMarketUnsupportedDecimalsErrorID() common.Hash {
	return common.HexToHash("0x2f7f96b2874ba14dbc94759b34a22287c3a3bd95f508f3f2a65212df6cd01861")
}

// UnpackUnsupportedDecimalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedDecimals(uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals)
func (lendingMarket *LendingMarket) UnpackUnsupportedDecimalsError(raw []byte) (*LendingMarketUnsupportedDecimals, error) {
	out := new(LendingMarketUnsupportedDecimals)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "UnsupportedDecimals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketZeroAddress represents a ZeroAddress error raised by the LendingMarket contract.
type LendingMarketZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LendingMarketZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (lendingMarket *LendingMarket) UnpackZeroAddressError(raw []byte) (*LendingMarketZeroAddress, error) {
	out := new(LendingMarketZeroAddress)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LendingMarketZeroAmount represents a ZeroAmount error raised by the LendingMarket contract.
type LendingMarketZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LendingMarketZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (lendingMarket *LendingMarket) UnpackZeroAmountError(raw []byte) (*LendingMarketZeroAmount, error) {
	out := new(LendingMarketZeroAmount)
	if err := lendingMarket.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LoanMathHarnessMetaData contains all meta data concerning the LoanMathHarness contract.
var LoanMathHarnessMetaData = bind.MetaData{
	ABI: "[{\"type\":\"function\",\"name\":\"accrue\",\"inputs\":[{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalBorrowAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"elapsed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"newIndex\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"newTotalBorrowAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"interest\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"collateralToAddForLtv\",\"inputs\":[{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"targetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"collateralValue\",\"inputs\":[{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"debtToRepayForLtv\",\"inputs\":[{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"targetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"liquidation\",\"inputs\":[{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRepay\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"targetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"bonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"badDebt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"ltv\",\"inputs\":[{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"priceAtLtv\",\"inputs\":[{\"name\":\"debt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"lineLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueMul\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"valueDiv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"ratePerSecond\",\"inputs\":[{\"name\":\"annualRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"toBorrowShares\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"roundUp\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"toDebt\",\"inputs\":[{\"name\":\"shares\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"index\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"toSupplyAssets\",\"inputs\":[{\"name\":\"shares\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalShares\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"roundUp\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"toSupplyShares\",\"inputs\":[{\"name\":\"assets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"totalShares\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"roundUp\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"error\",\"name\":\"RepayTooSmall\",\"inputs\":[{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRepayAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}]",
	ID:  "LoanMathHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610b818061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063b0a108431161006e578063b0a1084314610155578063bf73eb2f14610168578063de150f561461017b578063de1bc61e1461018e578063e0b848e4146101a1578063e4d9a8eb146101b4575f5ffd5b80631038a913146100b55780631b2089e5146100db5780638dde23a9146100ee5780638eebaaa71461011c578063a0bea0721461012f578063a8395a1414610142575b5f5ffd5b6100c86100c3366004610913565b6101c7565b6040519081526020015b60405180910390f35b6100c86100e9366004610933565b6101db565b6101016100fc366004610972565b6101f5565b604080519384526020840192909252908201526060016100d2565b6100c861012a3660046109c2565b61021d565b61010161013d3660046109f9565b610237565b6100c86101503660046109f9565b610256565b6100c8610163366004610a3c565b61026e565b6100c86101763660046109c2565b610287565b6100c8610189366004610a78565b610295565b6100c861019c366004610a3c565b61029f565b6100c86101af366004610933565b6102b8565b6100c86101c2366004610a8f565b6102c7565b5f6101d283836102e9565b90505b92915050565b5f6101ea878787878787610302565b979650505050505050565b5f5f5f6102088b8b8b8b8b8b8b8b610358565b9250925092505b985098509895505050505050565b5f61022b8686868686610469565b90505b95945050505050565b5f5f5f610246878787876104b2565b9250925092509450945094915050565b5f6102638585858561050b565b90505b949350505050565b5f61026385858585610280575f610520565b6001610520565b5f61022b8686868686610543565b5f6101d582610587565b5f610263858585856102b1575f6105d3565b60016105d3565b5f6101ea8787878787876105f0565b5f6102df8484846102d8575f610635565b6001610635565b90505b9392505050565b5f6101d28383676765c793fa10079d601b1b6001610649565b5f5f61031988670de0b6b3a7640000876001610649565b90505f610332828561032b888b610ad5565b6001610649565b9050878111610341575f61034b565b61034b8882610aec565b9998505050505050505050565b5f5f5f5f6103688b8b888861050b565b90505f61037d88670de0b6b3a7640000610aff565b9050816103958e83670de0b6b3a76400006001610649565b11156103fc576103b082670de0b6b3a7640000836001610649565b9450898511156103e157604051637f2a4a6760e01b815260048101869052602481018b905260440160405180910390fd5b848c868f6103ef9190610aec565b945094509450505061020f565b61041a61041461040e8f858d8661068b565b8f6106fc565b8b6106fc565b945061045761045161042c8388610ad5565b888a8f670de0b6b3a76400006104429190610ad5565b61044c9190610ad5565b61070b565b8d6106fc565b93505050985098509895505050505050565b5f855f0361047857505f61022e565b845f0361048757505f1961022e565b61022b8661049d84670de0b6b3a7640000610ad5565b856104a88989610ad5565b61032b9190610ad5565b5f5f5f5f6104c086866107bb565b90506104da8882676765c793fa10079d601b1b6001610649565b93506104f28782676765c793fa10079d601b1b61070b565b92506104fe8784610aec565b9150509450945094915050565b5f6102638561051a8587610ad5565b8461070b565b5f61026385610530600187610aff565b61053d620f424087610aff565b85610649565b5f855f0361055257505f61022e565b5f61055f8686868661050b565b9050805f03610572575f1991505061022e565b6101ea87670de0b6b3a7640000836001610649565b5f6301e133806105aa670de0b6b3a7640000676765c793fa10079d601b1b610b26565b6105b49084610ad5565b6105be9190610b26565b6101d590676765c793fa10079d601b1b610aff565b5f610263856105e5620f424086610aff565b61053d600188610aff565b5f5f6106106106018888878761050b565b86670de0b6b3a764000061070b565b905080881161061f575f610629565b6106298189610aec565b98975050505050505050565b5f6102df84676765c793fa10079d601b1b85855b5f61067661065683610887565b801561067157505f848061066c5761066c610b12565b868809115b151590565b61068186868661070b565b6102639190610aff565b5f8061069f670de0b6b3a764000087610ad5565b90505f6106ac8686610ad5565b90508082116106bf575f92505050610266565b5f6106d58686670de0b6b3a76400006001610649565b6106e790670de0b6b3a7640000610aec565b90506106296106f68385610aec565b826108b3565b5f8282188284100282186101d2565b5f5f5f61071886866108e6565b91509150815f0361073c5783818161073257610732610b12565b04925050506102e2565b818411610753576107536003851502601118610902565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f6107c7600283610b39565b5f036107de57676765c793fa10079d601b1b6107e0565b825b90506107ed600283610b26565b91505b81156101d557676765c793fa10079d601b1b61080d600282610b26565b6108178580610ad5565b6108219190610aff565b61082b9190610b26565b9250610838600283610b39565b1561087557676765c793fa10079d601b1b610854600282610b26565b61085e8584610ad5565b6108689190610aff565b6108729190610b26565b90505b610880600283610b26565b91506107f0565b5f600282600381111561089c5761089c610b4c565b6108a69190610b60565b60ff166001149050919050565b5f815f036108c5576108c56012610902565b8160018403816108d7576108d7610b12565b04600101831515029392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f60408385031215610924575f5ffd5b50508035926020909101359150565b5f5f5f5f5f5f60c08789031215610948575f5ffd5b505084359660208601359650604086013595606081013595506080810135945060a0013592509050565b5f5f5f5f5f5f5f5f610100898b03121561098a575f5ffd5b505086359860208801359850604088013597606081013597506080810135965060a0810135955060c0810135945060e0013592509050565b5f5f5f5f5f60a086880312156109d6575f5ffd5b505083359560208501359550604085013594606081013594506080013592509050565b5f5f5f5f60808587031215610a0c575f5ffd5b5050823594602084013594506040840135936060013592509050565b80358015158114610a37575f5ffd5b919050565b5f5f5f5f60808587031215610a4f575f5ffd5b843593506020850135925060408501359150610a6d60608601610a28565b905092959194509250565b5f60208284031215610a88575f5ffd5b5035919050565b5f5f5f60608486031215610aa1575f5ffd5b8335925060208401359150610ab860408501610a28565b90509250925092565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176101d5576101d5610ac1565b818103818111156101d5576101d5610ac1565b808201808211156101d5576101d5610ac1565b634e487b7160e01b5f52601260045260245ffd5b5f82610b3457610b34610b12565b500490565b5f82610b4757610b47610b12565b500690565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680610b7257610b72610b12565b8060ff8416069150509291505056",
}

// LoanMathHarness is an auto generated Go binding around an Ethereum contract.
type LoanMathHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LoanMathHarness) GetABI() abi.ABI {
	return c.abi
}

// NewLoanMathHarness creates a new instance of LoanMathHarness.
func NewLoanMathHarness() *LoanMathHarness {
	parsed, err := LoanMathHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LoanMathHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LoanMathHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0bea072.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accrue(uint256 index, uint256 totalBorrowAssets, uint256 rate, uint256 elapsed) pure returns(uint256 newIndex, uint256 newTotalBorrowAssets, uint256 interest)
func (loanMathHarness *LoanMathHarness) PackAccrue(index *big.Int, totalBorrowAssets *big.Int, rate *big.Int, elapsed *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("accrue", index, totalBorrowAssets, rate, elapsed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccrue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0bea072.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accrue(uint256 index, uint256 totalBorrowAssets, uint256 rate, uint256 elapsed) pure returns(uint256 newIndex, uint256 newTotalBorrowAssets, uint256 interest)
func (loanMathHarness *LoanMathHarness) TryPackAccrue(index *big.Int, totalBorrowAssets *big.Int, rate *big.Int, elapsed *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("accrue", index, totalBorrowAssets, rate, elapsed)
}

// AccrueOutput serves as a container for the return parameters of contract
// method Accrue.
type AccrueOutput struct {
	NewIndex             *big.Int
	NewTotalBorrowAssets *big.Int
	Interest             *big.Int
}

// UnpackAccrue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa0bea072.
//
// Solidity: function accrue(uint256 index, uint256 totalBorrowAssets, uint256 rate, uint256 elapsed) pure returns(uint256 newIndex, uint256 newTotalBorrowAssets, uint256 interest)
func (loanMathHarness *LoanMathHarness) UnpackAccrue(data []byte) (AccrueOutput, error) {
	out, err := loanMathHarness.abi.Unpack("accrue", data)
	outstruct := new(AccrueOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.NewIndex = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.NewTotalBorrowAssets = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Interest = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCollateralToAddForLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2089e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralToAddForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackCollateralToAddForLtv(debt *big.Int, collateral *big.Int, price *big.Int, targetLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("collateralToAddForLtv", debt, collateral, price, targetLtv, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralToAddForLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b2089e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralToAddForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackCollateralToAddForLtv(debt *big.Int, collateral *big.Int, price *big.Int, targetLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("collateralToAddForLtv", debt, collateral, price, targetLtv, valueMul, valueDiv)
}

// UnpackCollateralToAddForLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b2089e5.
//
// Solidity: function collateralToAddForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackCollateralToAddForLtv(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("collateralToAddForLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCollateralValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8395a14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collateralValue(uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackCollateralValue(collateral *big.Int, price *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("collateralValue", collateral, price, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollateralValue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa8395a14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collateralValue(uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackCollateralValue(collateral *big.Int, price *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("collateralValue", collateral, price, valueMul, valueDiv)
}

// UnpackCollateralValue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa8395a14.
//
// Solidity: function collateralValue(uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackCollateralValue(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("collateralValue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDebtToRepayForLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0b848e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function debtToRepayForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackDebtToRepayForLtv(debt *big.Int, collateral *big.Int, price *big.Int, targetLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("debtToRepayForLtv", debt, collateral, price, targetLtv, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDebtToRepayForLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe0b848e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function debtToRepayForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackDebtToRepayForLtv(debt *big.Int, collateral *big.Int, price *big.Int, targetLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("debtToRepayForLtv", debt, collateral, price, targetLtv, valueMul, valueDiv)
}

// UnpackDebtToRepayForLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe0b848e4.
//
// Solidity: function debtToRepayForLtv(uint256 debt, uint256 collateral, uint256 price, uint256 targetLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackDebtToRepayForLtv(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("debtToRepayForLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLiquidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dde23a9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidation(uint256 debt, uint256 collateral, uint256 price, uint256 maxRepay, uint256 targetLtv, uint256 bonus, uint256 valueMul, uint256 valueDiv) pure returns(uint256 repaid, uint256 seized, uint256 badDebt)
func (loanMathHarness *LoanMathHarness) PackLiquidation(debt *big.Int, collateral *big.Int, price *big.Int, maxRepay *big.Int, targetLtv *big.Int, bonus *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("liquidation", debt, collateral, price, maxRepay, targetLtv, bonus, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dde23a9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidation(uint256 debt, uint256 collateral, uint256 price, uint256 maxRepay, uint256 targetLtv, uint256 bonus, uint256 valueMul, uint256 valueDiv) pure returns(uint256 repaid, uint256 seized, uint256 badDebt)
func (loanMathHarness *LoanMathHarness) TryPackLiquidation(debt *big.Int, collateral *big.Int, price *big.Int, maxRepay *big.Int, targetLtv *big.Int, bonus *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("liquidation", debt, collateral, price, maxRepay, targetLtv, bonus, valueMul, valueDiv)
}

// LiquidationOutput serves as a container for the return parameters of contract
// method Liquidation.
type LiquidationOutput struct {
	Repaid  *big.Int
	Seized  *big.Int
	BadDebt *big.Int
}

// UnpackLiquidation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dde23a9.
//
// Solidity: function liquidation(uint256 debt, uint256 collateral, uint256 price, uint256 maxRepay, uint256 targetLtv, uint256 bonus, uint256 valueMul, uint256 valueDiv) pure returns(uint256 repaid, uint256 seized, uint256 badDebt)
func (loanMathHarness *LoanMathHarness) UnpackLiquidation(data []byte) (LiquidationOutput, error) {
	out, err := loanMathHarness.abi.Unpack("liquidation", data)
	outstruct := new(LiquidationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Repaid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Seized = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.BadDebt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf73eb2f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ltv(uint256 debt, uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackLtv(debt *big.Int, collateral *big.Int, price *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("ltv", debt, collateral, price, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf73eb2f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ltv(uint256 debt, uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackLtv(debt *big.Int, collateral *big.Int, price *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("ltv", debt, collateral, price, valueMul, valueDiv)
}

// UnpackLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf73eb2f.
//
// Solidity: function ltv(uint256 debt, uint256 collateral, uint256 price, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackLtv(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("ltv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPriceAtLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eebaaa7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceAtLtv(uint256 debt, uint256 collateral, uint256 lineLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackPriceAtLtv(debt *big.Int, collateral *big.Int, lineLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("priceAtLtv", debt, collateral, lineLtv, valueMul, valueDiv)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceAtLtv is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eebaaa7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceAtLtv(uint256 debt, uint256 collateral, uint256 lineLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackPriceAtLtv(debt *big.Int, collateral *big.Int, lineLtv *big.Int, valueMul *big.Int, valueDiv *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("priceAtLtv", debt, collateral, lineLtv, valueMul, valueDiv)
}

// UnpackPriceAtLtv is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8eebaaa7.
//
// Solidity: function priceAtLtv(uint256 debt, uint256 collateral, uint256 lineLtv, uint256 valueMul, uint256 valueDiv) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackPriceAtLtv(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("priceAtLtv", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde150f56.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ratePerSecond(uint256 annualRate) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackRatePerSecond(annualRate *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("ratePerSecond", annualRate)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRatePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde150f56.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ratePerSecond(uint256 annualRate) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackRatePerSecond(annualRate *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("ratePerSecond", annualRate)
}

// UnpackRatePerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde150f56.
//
// Solidity: function ratePerSecond(uint256 annualRate) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackRatePerSecond(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("ratePerSecond", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d9a8eb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toBorrowShares(uint256 assets, uint256 index, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackToBorrowShares(assets *big.Int, index *big.Int, roundUp bool) []byte {
	enc, err := loanMathHarness.abi.Pack("toBorrowShares", assets, index, roundUp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToBorrowShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4d9a8eb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toBorrowShares(uint256 assets, uint256 index, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackToBorrowShares(assets *big.Int, index *big.Int, roundUp bool) ([]byte, error) {
	return loanMathHarness.abi.Pack("toBorrowShares", assets, index, roundUp)
}

// UnpackToBorrowShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe4d9a8eb.
//
// Solidity: function toBorrowShares(uint256 assets, uint256 index, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackToBorrowShares(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("toBorrowShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1038a913.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toDebt(uint256 shares, uint256 index) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackToDebt(shares *big.Int, index *big.Int) []byte {
	enc, err := loanMathHarness.abi.Pack("toDebt", shares, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToDebt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1038a913.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toDebt(uint256 shares, uint256 index) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackToDebt(shares *big.Int, index *big.Int) ([]byte, error) {
	return loanMathHarness.abi.Pack("toDebt", shares, index)
}

// UnpackToDebt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1038a913.
//
// Solidity: function toDebt(uint256 shares, uint256 index) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackToDebt(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("toDebt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToSupplyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a10843.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toSupplyAssets(uint256 shares, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackToSupplyAssets(shares *big.Int, totalAssets *big.Int, totalShares *big.Int, roundUp bool) []byte {
	enc, err := loanMathHarness.abi.Pack("toSupplyAssets", shares, totalAssets, totalShares, roundUp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToSupplyAssets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0a10843.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toSupplyAssets(uint256 shares, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackToSupplyAssets(shares *big.Int, totalAssets *big.Int, totalShares *big.Int, roundUp bool) ([]byte, error) {
	return loanMathHarness.abi.Pack("toSupplyAssets", shares, totalAssets, totalShares, roundUp)
}

// UnpackToSupplyAssets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0a10843.
//
// Solidity: function toSupplyAssets(uint256 shares, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackToSupplyAssets(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("toSupplyAssets", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde1bc61e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function toSupplyShares(uint256 assets, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) PackToSupplyShares(assets *big.Int, totalAssets *big.Int, totalShares *big.Int, roundUp bool) []byte {
	enc, err := loanMathHarness.abi.Pack("toSupplyShares", assets, totalAssets, totalShares, roundUp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToSupplyShares is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde1bc61e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function toSupplyShares(uint256 assets, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) TryPackToSupplyShares(assets *big.Int, totalAssets *big.Int, totalShares *big.Int, roundUp bool) ([]byte, error) {
	return loanMathHarness.abi.Pack("toSupplyShares", assets, totalAssets, totalShares, roundUp)
}

// UnpackToSupplyShares is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde1bc61e.
//
// Solidity: function toSupplyShares(uint256 assets, uint256 totalAssets, uint256 totalShares, bool roundUp) pure returns(uint256)
func (loanMathHarness *LoanMathHarness) UnpackToSupplyShares(data []byte) (*big.Int, error) {
	out, err := loanMathHarness.abi.Unpack("toSupplyShares", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (loanMathHarness *LoanMathHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], loanMathHarness.abi.Errors["RepayTooSmall"].ID.Bytes()[:4]) {
		return loanMathHarness.UnpackRepayTooSmallError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LoanMathHarnessRepayTooSmall represents a RepayTooSmall error raised by the LoanMathHarness contract.
type LoanMathHarnessRepayTooSmall struct {
	Required       *big.Int
	MaxRepayAssets *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func LoanMathHarnessRepayTooSmallErrorID() common.Hash {
	return common.HexToHash("0x7f2a4a677dd457444368333807ecaba2d6cff601329aeb573a6c3a1fdaf99312")
}

// UnpackRepayTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func (loanMathHarness *LoanMathHarness) UnpackRepayTooSmallError(raw []byte) (*LoanMathHarnessRepayTooSmall, error) {
	out := new(LoanMathHarnessRepayTooSmall)
	if err := loanMathHarness.abi.UnpackIntoInterface(out, "RepayTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryMetaData contains all meta data concerning the MarketFactory contract.
var MarketFactoryMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"createMarket\",\"inputs\":[{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"priceFeed\",\"type\":\"address\",\"internalType\":\"contractAggregatorV3Interface\"},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"market\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"defaultParams\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"marketCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"marketOf\",\"inputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"markets\",\"inputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"MarketCreated\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"loanToken\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"priceFeed\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"},{\"name\":\"params\",\"type\":\"tuple\",\"indexed\":false,\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"borrowRate\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"collateralDecimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"loanDecimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"feedDecimals\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"InsufficientCollateral\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientLiquidity\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientSupply\",\"inputs\":[{\"name\":\"requested\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"available\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidLtvOrder\",\"inputs\":[{\"name\":\"maxBorrowLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"marginCallLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidMaxPriceAge\",\"inputs\":[{\"name\":\"maxPriceAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidPrice\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"}]},{\"type\":\"error\",\"name\":\"InvalidTargetLtv\",\"inputs\":[{\"name\":\"liquidationTargetLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LiquidationLtvTooHigh\",\"inputs\":[{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationBonus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LtvTooHigh\",\"inputs\":[{\"name\":\"ltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"MarketExists\",\"inputs\":[{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"market\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotLiquidatable\",\"inputs\":[{\"name\":\"ltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidationLtv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"RateTooHigh\",\"inputs\":[{\"name\":\"rate\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"max\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"RepayTooSmall\",\"inputs\":[{\"name\":\"required\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxRepayAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"StalePrice\",\"inputs\":[{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"maxAge\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDecimals\",\"inputs\":[{\"name\":\"collateralDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"loanDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"feedDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]}]",
	ID:  "MarketFactory",
	Bin: "0x6080604052348015600e575f5ffd5b50604051613d16380380613d16833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b613c2a806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80639d94802b116100585780639d94802b14610130578063b1283e7714610158578063ec9790821461016b578063f2fde38b1461017c575f5ffd5b80635dac22c814610089578063615dfa5c146100b9578063715018a6146101165780638da5cb5b14610120575b5f5ffd5b61009c6100973660046105b8565b61018f565b6040516001600160a01b0390911681526020015b60405180910390f35b6100c1610403565b6040516100b091905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b61011e6104a4565b005b5f546001600160a01b031661009c565b61009c61013e366004610619565b60016020525f90815260409020546001600160a01b031681565b61009c61016636600461063b565b6104b7565b6002546040519081526020016100b0565b61011e61018a366004610619565b6104df565b5f61019861051c565b6001600160a01b038086165f908152600160205260409020541680156101e957604051636b12c80d60e11b81526001600160a01b038088166004830152821660248201526044015b60405180910390fd5b5f546001600160a01b03168686868660405161020490610597565b610212959493929190610652565b604051809103905ff08015801561022b573d5f5f3e3d5ffd5b506001600160a01b038088165f81815260016020818152604080842080548789166001600160a01b031991821681179092556002805495860181559095527f405787fa12a823e0f2b7631cc41b3ba8828b3321ca811111fa75cd3aa3bb5ace90930180549094168317909355825163313ce56760e01b81529251959750938a1694929390927f88c6cfedf84ff30a56356906b79da77c741de01e008f2fbff741566832852468928a928a92879263313ce5679260048083019391928290030181865afa1580156102fd573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061032191906106ce565b8b6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa15801561035d573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061038191906106ce565b8b6001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156103bd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103e191906106ce565b6040516103f29594939291906106ee565b60405180910390a450949350505050565b61043c6040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518060e001604052806706f05b59d3b200008152602001670905438e600100008152602001670b1a2bc2ec500000815260200166b1a2bc2ec5000081526020016709b6e64a8ec600008152602001610e10815260200166670758aa7c8000815250905090565b6104ac61051c565b6104b55f610548565b565b600281815481106104c6575f80fd5b5f918252602090912001546001600160a01b0316905081565b6104e761051c565b6001600160a01b03811661051057604051631e4fbdf760e01b81525f60048201526024016101e0565b61051981610548565b50565b5f546001600160a01b031633146104b55760405163118cdaa760e01b81523360048201526024016101e0565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6134b98061077183390190565b6001600160a01b0381168114610519575f5ffd5b5f5f5f5f8486036101408112156105cd575f5ffd5b85356105d8816105a4565b945060208601356105e8816105a4565b935060408601356105f8816105a4565b925060e0605f198201121561060b575f5ffd5b509295919450926060019150565b5f60208284031215610629575f5ffd5b8135610634816105a4565b9392505050565b5f6020828403121561064b575f5ffd5b5035919050565b6001600160a01b038681168252858116602083015284811660408301528316606082015261016081016106c46080830184803582526020808201359083015260408082013590830152606080820135908301526080808201359083015260a0808201359083015260c090810135910152565b9695505050505050565b5f602082840312156106de575f5ffd5b815160ff81168114610634575f5ffd5b6001600160a01b038616815261016081016107486020830187803582526020808201359083015260408082013590830152606080820135908301526080808201359083015260a0808201359083015260c090810135910152565b60ff851661010083015260ff841661012083015260ff8316610140830152969550505050505056fe6101e0604052348015610010575f5ffd5b506040516134b93803806134b983398101604081905261002f91610678565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100678161034a565b506001600160a01b038416158061008557506001600160a01b038316155b156100a35760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0382166100ca5760405163d92e233d60e01b815260040160405180910390fd5b6100d381610399565b5f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610110573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610134919061076c565b90505f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa158015610173573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610197919061076c565b90505f846001600160a01b031663313ce5676040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101fa919061076c565b905060128260ff16118061021d5750602461021b60ff8084169086166107a0565b115b15610250576040516317bfcb5960e11b815260ff8085166004830152808416602483015282166044820152606401610055565b6001600160a01b03808816608090815287821660a090815291871660c052855160e05260208601516101005260408601516101205260608601516101405285015161016052840151610180526102a782600a610896565b6101a0526102bb60ff8083169085166107a0565b6102c690600a6108a4565b6101c0526b033b2e3c9fd0803ce80000006003554260045560c084015160018190556102f190610532565b600281905560c0850151604080515f815260208101929092528101919091527f3d1ae0d0783360d19cc17f41fbcaf5ac6d0337cfab12e8b949e4c4dc8ac2c3419060600160405180910390a150505050505050506108f9565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b805115806103ab575060208101518151115b806103be57508060400151816020015110155b156103f957805160208201516040808401519051637fa53dd560e01b8152600481019390935260248301919091526044820152606401610055565b670de0b6b3a76400006104318260600151670de0b6b3a764000061041d91906107a0565b604084015190670de0b6b3a7640000610586565b10610464578060400151816060015160405163269fff8360e21b8152600401610055929190918252602082015260400190565b6080810151158061047d57508060400151816080015110155b156104ae57608081015160408083015190516358b0e5e960e01b815260048101929092526024820152604401610055565b60a081015115806104c5575062093a808160a00151115b156104eb578060a0015160405163db0e87d560e01b815260040161005591815260200190565b670de0b6b3a76400008160c00151111561052f5760c0810151604051634716c00560e01b81526004810191909152670de0b6b3a76400006024820152604401610055565b50565b5f6301e13380610556670de0b6b3a76400006b033b2e3c9fd0803ce80000006108c3565b61056090846108e2565b61056a91906108c3565b610580906b033b2e3c9fd0803ce80000006107a0565b92915050565b5f80806105938686610637565b91509150815f036105b7578381816105ad576105ad6108af565b0492505050610630565b8184116105ce576105ce6003851502601118610653565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150505b9392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b038116811461052f575f5ffd5b5f5f5f5f5f85870361016081121561068e575f5ffd5b865161069981610664565b60208801519096506106aa81610664565b60408801519095506106bb81610664565b60608801519094506106cc81610664565b925060e0607f19820112156106df575f5ffd5b5060405160e081016001600160401b038111828210171561070e57634e487b7160e01b5f52604160045260245ffd5b6040908152608088810151835260a0808a0151602085015260c0808b01519385019390935260e08a015160608501526101008a0151918401919091526101208901519083015261014090970151968101969096525092959194509290565b5f6020828403121561077c575f5ffd5b815160ff81168114610630575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156105805761058061078c565b6001815b60018411156107ee578085048111156107d2576107d261078c565b60018416156107e057908102905b60019390931c9280026107b7565b935093915050565b5f8261080457506001610580565b8161081057505f610580565b816001811461082657600281146108305761084c565b6001915050610580565b60ff8411156108415761084161078c565b50506001821b610580565b5060208310610133831016604e8410600b841016171561086f575081810a610580565b61087b5f1984846107b3565b805f190482111561088e5761088e61078c565b029392505050565b5f61063060ff8416836107f6565b5f61063083836107f6565b634e487b7160e01b5f52601260045260245ffd5b5f826108dd57634e487b7160e01b5f52601260045260245ffd5b500490565b80820281158282048414176105805761058061078c565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c051612a44610a755f395f81816102c501528181611198015281816112700152818161142801528181611a5e0152818161202d015261213201525f8181610381015281816111770152818161124f0152818161140701528181611a3d0152818161200c015261211101525f818161034901528181610e4e01528181610e8f01526113a001525f81816103a80152818161137a01526120cf01525f81816105230152818161135401526120f001525f81816104f3015281816111070152818161132e015281816113e60152818161205d015261209a01525f8181610435015281816113080152611a1c01525f81816103cf015281816112e201528181611ca40152611ce001525f81816104aa0152610d8401525f81816102ec015281816109080152818161100e0152818161181c01526119cc01525f818161065b01528181610a8101528181610bc801526119920152612a445ff3fe608060405234801561000f575f5ffd5b5060043610610296575f3560e01c80637a89dfca11610161578063a6afed95116100ca578063bcbaf48711610084578063bcbaf487146106ae578063c914b437146106c1578063d00b9aaf146106ca578063dd3eaf04146106dd578063e589253c146106f0578063f2fde38b1461070f575f5ffd5b8063a6afed9514610632578063aa5af0fd1461063a578063acb7081514610643578063b2016bd414610656578063b7648fb91461067d578063ba7bde55146106a5575f5ffd5b806394877fc41161011b57806394877fc4146105bb578063964db90c146105c457806398c00e10146105d75780639a643550146105ea5780639d7f7e8614610609578063a5fdc5de14610613575f5ffd5b80637a89dfca146104ee5780637b3baab4146105155780637b7c1f4c1461051e5780637b9e68f2146105455780638da5cb5b146105a25780638eff1a98146105b2575f5ffd5b80634ac8eb5f116102035780636a4f918e116101bd5780636a4f918e1461046a578063715018a61461048a57806372d9a1b414610492578063741bef1a146104a55780637473eea6146104cc5780637a0c5ebf146104df575f5ffd5b80634ac8eb5f146104045780634b3fd1481461040d5780634fb801d7146104205780635891de7214610428578063601e2d4f14610430578063674032b814610457575f5ffd5b80631a686502116102545780631a6865021461036b5780631aad44c2146103735780631d79a0ad1461037c5780632e3b6116146103a35780632f0a5931146103ca578063481fef8a146103f1575f5ffd5b8062f714ce1461029a5780630203ed4b146102c057806306d37817146102e75780630af504cc14610326578063136cf1f71461033b5780631584410a14610344575b5f5ffd5b6102ad6102a8366004612731565b610722565b6040519081526020015b60405180910390f35b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016102b7565b610339610334366004612731565b61093f565b005b6102ad60085481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad610ab5565b6102ad60075481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6103396103ff366004612731565b610ac3565b6102ad60095481565b6102ad61041b366004612731565b610bf0565b6102ad610d57565b6102ad610d7f565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad610465366004612731565b610ec1565b61047d61047836600461275b565b61103e565b6040516102b791906127cc565b6103396111f3565b6102ad6104a0366004612810565b611206565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad6104da366004612810565b611230565b6102ad670de0b6b3a764000081565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b6102ad60045481565b6102ad7f000000000000000000000000000000000000000000000000000000000000000081565b61054d61129c565b6040516102b791905f60e082019050825182526020830151602083015260408301516040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b5f546001600160a01b031661030e565b6102ad60025481565b6102ad60055481565b6102ad6105d2366004612810565b6113cf565b6103396105e536600461283d565b61144c565b6102ad6105f8366004612810565b600b6020525f908152604090205481565b6102ad62093a8081565b6102ad610621366004612810565b600c6020525f908152604090205481565b6103396115e5565b6102ad60035481565b6102ad610651366004612731565b611696565b61030e7f000000000000000000000000000000000000000000000000000000000000000081565b61069061068b366004612810565b61184f565b604080519283526020830191909152016102b7565b6102ad60065481565b6106906106bc3660046128ca565b61188f565b6102ad60015481565b6102ad6106d8366004612810565b611a05565b6103396106eb3660046128f2565b611a82565b6102ad6106fe366004612810565b600a6020525f908152604090205481565b61033961071d366004612810565b611b26565b5f61072b611b60565b825f0361074b57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166107725760405163d92e233d60e01b815260040160405180910390fd5b61077a6115e5565b335f908152600a6020526040902054600184016107cb578091506107a4826005546006545f611b95565b9350835f036107c657604051631f2a200560e01b815260040160405180910390fd5b6107df565b6107dc846005546006546001611bc1565b91505b8082111561081f57836107f8826005546006545f611b95565b604051639e4c446160e01b8152600481019290925260248201526044015b60405180910390fd5b5f610828611bde565b9050808511156108555760405163a17e11d560e01b81526004810186905260248101829052604401610816565b61085f838361291d565b335f908152600a60205260408120919091556006805485929061088390849061291d565b925050819055508460055f82825461089b919061291d565b909155505060055460065460408051888152602081018790529081019290925260608201526001600160a01b0385169033907f7ff9a08662c21e17b8071f3aef03a9712ea9d3824dfb0139bba272915d59a919906080015b60405180910390a361092f6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168587611bed565b5050610939611c27565b92915050565b610947611b60565b815f0361096757604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b03811661098e5760405163d92e233d60e01b815260040160405180910390fd5b335f908152600c6020526040902054808311156109c857604051632c1f8ef160e21b81526004810184905260248101829052604401610816565b6109d2838261291d565b335f908152600c602052604081208290556009805492935085929091906109fa90849061291d565b9091555050335f908152600b602052604090205415610a2457610a1b6115e5565b610a2433611c51565b600954604080518581526020810184905280820192909252516001600160a01b0384169133917f08581cbf9b27d00917412e9f7fc7003180aae55db215a1a8653ce9228fd128ae9181900360600190a3610aa86001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168385611bed565b50610ab1611c27565b5050565b5f610abe611bde565b905090565b610acb611b60565b815f03610aeb57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038116610b125760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b0381165f908152600c6020526040812054610b35908490612930565b6001600160a01b0383165f908152600c60205260408120829055600980549293508592909190610b66908490612930565b9091555050600954604080518581526020810184905280820192909252516001600160a01b0384169133917fb6a151c36431256658e4df4b8953a036679a7638d810caf25870aa02991168d09181900360600190a3610aa86001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611d0c565b5f610bf9611b60565b825f03610c1957604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216610c405760405163d92e233d60e01b815260040160405180910390fd5b610c486115e5565b5f610c51611bde565b905080841115610c7e5760405163a17e11d560e01b81526004810185905260248101829052604401610816565b610c8c846003546001611d48565b335f908152600b602052604081205491935090610caa908490612930565b335f908152600b60205260408120829055600880549293508592909190610cd2908490612930565b925050819055508460075f828254610cea9190612930565b90915550610cf9905033611c51565b6007546008546040805188815260208101879052908101849052606081019290925260808201526001600160a01b0385169033907f90f62b06d61dbcafecf3a2bbbb6c1b702574ed7433f83ce80fdec6dd53b69ca89060a0016108f3565b5f610d7760035460075460025460045442610d72919061291d565b611d6a565b509092915050565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663feaf968c6040518163ffffffff1660e01b815260040160a060405180830381865afa158015610dde573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e02919061295c565b509350509250505f82131580610e2757506fffffffffffffffffffffffffffffffff82115b15610e48576040516338ee04a760e01b815260048101839052602401610816565b42610e737f000000000000000000000000000000000000000000000000000000000000000083612930565b1015610ebb576040516304e61d6960e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b50919050565b5f610eca611b60565b825f03610eea57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b038216610f115760405163d92e233d60e01b815260040160405180910390fd5b610f196115e5565b610f29836005546006545f611bc1565b9050805f03610f4b57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382165f908152600a602052604081208054839290610f72908490612930565b925050819055508060065f828254610f8a9190612930565b925050819055508260055f828254610fa29190612930565b909155505060055460065460408051868152602081018590529081019290925260608201526001600160a01b0383169033907f702eea20c3484bc2286201256a5c99ec881480d0b078cb9dcdc00ae7b6309a199060800160405180910390a36110366001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333086611d0c565b610939611c27565b60605f611049610d7f565b90505f611054610d57565b90508367ffffffffffffffff81111561106f5761106f612829565b604051908082528060200260200182016040528015611098578160200160208202803683370190505b5092505f5b848110156111ea575f6110f9600b5f8989868181106110be576110be6129aa565b90506020020160208101906110d39190612810565b6001600160a01b03166001600160a01b031681526020019081526020015f205484611dc3565b905080158015906111bf57507f00000000000000000000000000000000000000000000000000000000000000006111bc82600c5f8b8b8881811061113f5761113f6129aa565b90506020020160208101906111549190612810565b6001600160a01b03166001600160a01b031681526020019081526020015f2054877f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b10155b8583815181106111d1576111d16129aa565b911515602092830291909101909101525060010161109d565b50505092915050565b6111fb611e2b565b6112045f611e57565b565b6001600160a01b0381165f908152600a602052604081205460055460065461093992919084611b95565b5f5f5f61123c8461184f565b91509150611294818361124d610d7f565b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b949350505050565b6112d56040518060e001604052805f81526020015f81526020015f81526020015f81526020015f81526020015f81526020015f81525090565b6040518060e001604052807f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f000000000000000000000000000000000000000000000000000000000000000081526020017f00000000000000000000000000000000000000000000000000000000000000008152602001600154815250905090565b5f5f5f6113db8461184f565b9150915061129481837f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ea6565b8051158061145e575060208101518151115b8061147157508060400151816020015110155b156114ac57805160208201516040808401519051637fa53dd560e01b8152600481019390935260248301919091526044820152606401610816565b670de0b6b3a76400006114e48260600151670de0b6b3a76400006114d09190612930565b604084015190670de0b6b3a7640000611f00565b10611517578060400151816060015160405163269fff8360e21b8152600401610816929190918252602082015260400190565b6080810151158061153057508060400151816080015110155b1561156157608081015160408083015190516358b0e5e960e01b815260048101929092526024820152604401610816565b60a08101511580611578575062093a808160a00151115b1561159e578060a0015160405163db0e87d560e01b815260040161081691815260200190565b670de0b6b3a76400008160c0015111156115e25760c0810151604051634716c00560e01b81526004810191909152670de0b6b3a76400006024820152604401610816565b50565b5f600454426115f4919061291d565b9050805f036116005750565b426004819055505f5f5f61161c60035460075460025487611d6a565b92509250925082600381905550816007819055508060055f8282546116419190612930565b909155505060055460408051858152602081018490528082018590526060810192909252517f4dec04e750ca11537cabcd8a9eab06494de08da3735bc8871cd41250e190bc049181900360800190a150505050565b5f61169f611b60565b825f036116bf57604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0382166116e65760405163d92e233d60e01b815260040160405180910390fd5b6116ee6115e5565b6001600160a01b0382165f908152600b6020526040812054600354909190611717908390611dc3565b9050805f0361173957604051631f2a200560e01b815260040160405180910390fd5b5f81861061174b57509150818161175f565b85611759876003545f611d48565b90945090505b611769818461291d565b6001600160a01b0386165f908152600b6020526040812082905560088054929550839290919061179a90849061291d565b90915550506007546117ac9085611fb0565b60078190556008546040805187815260208101859052908101869052606081019290925260808201526001600160a01b0386169033907fba72c6326cf567f7c89922323ccf631a955220993ca99195f81794dd84e841209060a00160405180910390a36118446001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611d0c565b505050610939611c27565b6001600160a01b0381165f908152600c6020908152604080832054600b90925282205482919061188690611881610d57565b611dc3565b91509150915091565b5f5f611899611b60565b825f036118b957604051631f2a200560e01b815260040160405180910390fd5b6118c16115e5565b5f6118ca610d7f565b90505f6118d8868387611fc8565b6001600160a01b0389165f818152600b6020908152604080832054600c8352928190205460075460085460055460095485518c81529687018b9052948601899052606086018d9052608086019690965260a085019290925260c084015260e083015261010082019290925261012081019190915293975091955092509033907fe98982a961c97d11898054fd3daeac98c9990fd3ebe103511da6d595d4c38b5d906101400160405180910390a36119b96001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163385611bed565b83156119f4576119f46001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333087611d0c565b50506119fe611c27565b9250929050565b5f5f5f611a118461184f565b9150915061129481837f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ea6565b611a8a611e2b565b670de0b6b3a7640000811115611ac457604051634716c00560e01b815260048101829052670de0b6b3a76400006024820152604401610816565b611acc6115e5565b6001805490829055611add8261226b565b6002819055604080518381526020810185905280820192909252517f3d1ae0d0783360d19cc17f41fbcaf5ac6d0337cfab12e8b949e4c4dc8ac2c3419181900360600190a15050565b611b2e611e2b565b6001600160a01b038116611b5757604051631e4fbdf760e01b81525f6004820152602401610816565b6115e281611e57565b611b686122b7565b61120460017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b906122f7565b5f611bb885611ba5600187612930565b611bb2620f424087612930565b856122fe565b95945050505050565b5f611bb885611bd3620f424086612930565b611bb2600188612930565b5f610abe600554600754611fb0565b611bfa8383836001612340565b611c2257604051635274afe760e01b81526001600160a01b0384166004820152602401610816565b505050565b6112045f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00611b8f565b6001600160a01b0381165f908152600b6020526040812054600354611c769190611dc3565b6001600160a01b0383165f908152600c602052604081205491925090611ca090839061124d610d7f565b90507f0000000000000000000000000000000000000000000000000000000000000000811115611c2257604051630df9307160e21b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b611d1a8484848460016123a2565b611d4257604051635274afe760e01b81526001600160a01b0385166004820152602401610816565b50505050565b5f611d6084676765c793fa10079d601b1b85856122fe565b90505b9392505050565b5f5f5f5f611d78868661240f565b9050611d928882676765c793fa10079d601b1b60016122fe565b9350611daa8782676765c793fa10079d601b1b611f00565b9250611db6878461291d565b9150509450945094915050565b5f611d638383676765c793fa10079d601b1b60016122fe565b5f855f03611deb57505f611bb8565b5f611df8868686866124db565b9050805f03611e0b575f19915050611bb8565b611e2087670de0b6b3a76400008360016122fe565b979650505050505050565b5f546001600160a01b031633146112045760405163118cdaa760e01b8152336004820152602401610816565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f855f03611eb557505f611bb8565b845f03611ec457505f19611bb8565b611ef686611eda84670de0b6b3a76400006129be565b85611ee589896129be565b611eef91906129be565b60016122fe565b9695505050505050565b5f5f5f611f0d86866124f0565b91509150815f03611f3157838181611f2757611f276129d5565b0492505050611d63565b818411611f4857611f48600385150260111861250c565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f818311611fbe575f611d63565b611d63828461291d565b6001600160a01b0383165f908152600b6020908152604080832054600c9092528220546003548392839290918390612001908490611dc3565b90505f61205182848b7f00000000000000000000000000000000000000000000000000000000000000007f0000000000000000000000000000000000000000000000000000000000000000611ddc565b905081158061207f57507f000000000000000000000000000000000000000000000000000000000000000081105b156120c657604051636c76e19b60e11b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610816565b61215682848b8b7f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f00000000000000000000000000000000000000000000000000000000000000007f000000000000000000000000000000000000000000000000000000000000000061251d565b9198509650945086158015612169575085155b1561218757604051631f2a200560e01b815260040160405180910390fd5b5f8515158061219557508288145b6121b4576121af6121a9896003545f611d48565b8661262b565b6121b6565b845b90506121c2818661291d565b6001600160a01b038c165f908152600b6020526040812091909155600880548392906121ef90849061291d565b909155506121ff9050878561291d565b6001600160a01b038c165f908152600c60205260408120919091556009805489929061222c90849061291d565b909155505060075461224790612242888b612930565b611fb0565b6007556005546122579087611fb0565b600581905550505050505093509350939050565b5f6301e1338061228e670de0b6b3a7640000676765c793fa10079d601b1b6129e9565b61229890846129be565b6122a291906129e9565b61093990676765c793fa10079d601b1b612930565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561120457604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b5f61232b61230b8361263a565b801561232657505f8480612321576123216129d5565b868809115b151590565b612336868686611f00565b611bb89190612930565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661239657838315161561238a573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166123fe5783831516156123f2573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f61241b6002836129fc565b5f0361243257676765c793fa10079d601b1b612434565b825b90506124416002836129e9565b91505b811561093957676765c793fa10079d601b1b6124616002826129e9565b61246b85806129be565b6124759190612930565b61247f91906129e9565b925061248c6002836129fc565b156124c957676765c793fa10079d601b1b6124a86002826129e9565b6124b285846129be565b6124bc9190612930565b6124c691906129e9565b90505b6124d46002836129e9565b9150612444565b5f611bb8856124ea85876129be565b84611f00565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f5f5f5f61252d8b8b88886124db565b90505f61254288670de0b6b3a7640000612930565b90508161255a8e83670de0b6b3a764000060016122fe565b11156125bd5761257582670de0b6b3a76400008360016122fe565b9450898511156125a257604051637f2a4a6760e01b815260048101869052602481018b9052604401610816565b848c868f6125b0919061291d565b945094509450505061261d565b6125db6125d56125cf8f858d86612666565b8f61262b565b8b61262b565b94506126186126126125ed83886129be565b888a8f670de0b6b3a764000061260391906129be565b61260d91906129be565b611f00565b8d61262b565b935050505b985098509895505050505050565b5f828218828410028218611d63565b5f600282600381111561264f5761264f612a0f565b6126599190612a23565b60ff166001149050919050565b5f8061267a670de0b6b3a7640000876129be565b90505f61268786866129be565b905080821161269a575f92505050611294565b5f6126b08686670de0b6b3a764000060016122fe565b6126c290670de0b6b3a764000061291d565b90506126d76126d1838561291d565b826126e3565b98975050505050505050565b5f815f036126f5576126f5601261250c565b816001840381612707576127076129d5565b04600101831515029392505050565b80356001600160a01b038116811461272c575f5ffd5b919050565b5f5f60408385031215612742575f5ffd5b8235915061275260208401612716565b90509250929050565b5f5f6020838503121561276c575f5ffd5b823567ffffffffffffffff811115612782575f5ffd5b8301601f81018513612792575f5ffd5b803567ffffffffffffffff8111156127a8575f5ffd5b8560208260051b84010111156127bc575f5ffd5b6020919091019590945092505050565b602080825282518282018190525f918401906040840190835b8181101561280557835115158352602093840193909201916001016127e5565b509095945050505050565b5f60208284031215612820575f5ffd5b611d6382612716565b634e487b7160e01b5f52604160045260245ffd5b5f60e082840312801561284e575f5ffd5b5060405160e0810167ffffffffffffffff8111828210171561287e57634e487b7160e01b5f52604160045260245ffd5b604090815283358252602080850135908301528381013590820152606080840135908201526080808401359082015260a0808401359082015260c0928301359281019290925250919050565b5f5f604083850312156128db575f5ffd5b6128e483612716565b946020939093013593505050565b5f60208284031215612902575f5ffd5b5035919050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561093957610939612909565b8082018082111561093957610939612909565b805169ffffffffffffffffffff8116811461272c575f5ffd5b5f5f5f5f5f60a08688031215612970575f5ffd5b61297986612943565b6020870151604088015160608901519297509095509350915061299e60808701612943565b90509295509295909350565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761093957610939612909565b634e487b7160e01b5f52601260045260245ffd5b5f826129f7576129f76129d5565b500490565b5f82612a0a57612a0a6129d5565b500690565b634e487b7160e01b5f52602160045260245ffd5b5f60ff831680612a3557612a356129d5565b8060ff8416069150509291505056",
}

// MarketFactory is an auto generated Go binding around an Ethereum contract.
type MarketFactory struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketFactory) GetABI() abi.ABI {
	return c.abi
}

// NewMarketFactory creates a new instance of MarketFactory.
func NewMarketFactory() *MarketFactory {
	parsed, err := MarketFactoryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketFactory{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketFactory) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (marketFactory *MarketFactory) PackConstructor(initialOwner common.Address) []byte {
	enc, err := marketFactory.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dac22c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function createMarket(address collateralToken, address loanToken, address priceFeed, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) returns(address market)
func (marketFactory *MarketFactory) PackCreateMarket(collateralToken common.Address, loanToken common.Address, priceFeed common.Address, params MarketParams) []byte {
	enc, err := marketFactory.abi.Pack("createMarket", collateralToken, loanToken, priceFeed, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCreateMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5dac22c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function createMarket(address collateralToken, address loanToken, address priceFeed, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) returns(address market)
func (marketFactory *MarketFactory) TryPackCreateMarket(collateralToken common.Address, loanToken common.Address, priceFeed common.Address, params MarketParams) ([]byte, error) {
	return marketFactory.abi.Pack("createMarket", collateralToken, loanToken, priceFeed, params)
}

// UnpackCreateMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5dac22c8.
//
// Solidity: function createMarket(address collateralToken, address loanToken, address priceFeed, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) params) returns(address market)
func (marketFactory *MarketFactory) UnpackCreateMarket(data []byte) (common.Address, error) {
	out, err := marketFactory.abi.Unpack("createMarket", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDefaultParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x615dfa5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function defaultParams() pure returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (marketFactory *MarketFactory) PackDefaultParams() []byte {
	enc, err := marketFactory.abi.Pack("defaultParams")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDefaultParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x615dfa5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function defaultParams() pure returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (marketFactory *MarketFactory) TryPackDefaultParams() ([]byte, error) {
	return marketFactory.abi.Pack("defaultParams")
}

// UnpackDefaultParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x615dfa5c.
//
// Solidity: function defaultParams() pure returns((uint256,uint256,uint256,uint256,uint256,uint256,uint256))
func (marketFactory *MarketFactory) UnpackDefaultParams(data []byte) (MarketParams, error) {
	out, err := marketFactory.abi.Unpack("defaultParams", data)
	if err != nil {
		return *new(MarketParams), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketParams)).(*MarketParams)
	return out0, nil
}

// PackMarketCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec979082.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketCount() view returns(uint256)
func (marketFactory *MarketFactory) PackMarketCount() []byte {
	enc, err := marketFactory.abi.Pack("marketCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec979082.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketCount() view returns(uint256)
func (marketFactory *MarketFactory) TryPackMarketCount() ([]byte, error) {
	return marketFactory.abi.Pack("marketCount")
}

// UnpackMarketCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec979082.
//
// Solidity: function marketCount() view returns(uint256)
func (marketFactory *MarketFactory) UnpackMarketCount(data []byte) (*big.Int, error) {
	out, err := marketFactory.abi.Unpack("marketCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMarketOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d94802b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketOf(address ) view returns(address)
func (marketFactory *MarketFactory) PackMarketOf(arg0 common.Address) []byte {
	enc, err := marketFactory.abi.Pack("marketOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9d94802b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketOf(address ) view returns(address)
func (marketFactory *MarketFactory) TryPackMarketOf(arg0 common.Address) ([]byte, error) {
	return marketFactory.abi.Pack("marketOf", arg0)
}

// UnpackMarketOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9d94802b.
//
// Solidity: function marketOf(address ) view returns(address)
func (marketFactory *MarketFactory) UnpackMarketOf(data []byte) (common.Address, error) {
	out, err := marketFactory.abi.Unpack("marketOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1283e77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markets(uint256 ) view returns(address)
func (marketFactory *MarketFactory) PackMarkets(arg0 *big.Int) []byte {
	enc, err := marketFactory.abi.Pack("markets", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkets is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1283e77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markets(uint256 ) view returns(address)
func (marketFactory *MarketFactory) TryPackMarkets(arg0 *big.Int) ([]byte, error) {
	return marketFactory.abi.Pack("markets", arg0)
}

// UnpackMarkets is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1283e77.
//
// Solidity: function markets(uint256 ) view returns(address)
func (marketFactory *MarketFactory) UnpackMarkets(data []byte) (common.Address, error) {
	out, err := marketFactory.abi.Unpack("markets", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (marketFactory *MarketFactory) PackOwner() []byte {
	enc, err := marketFactory.abi.Pack("owner")
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
func (marketFactory *MarketFactory) TryPackOwner() ([]byte, error) {
	return marketFactory.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (marketFactory *MarketFactory) UnpackOwner(data []byte) (common.Address, error) {
	out, err := marketFactory.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (marketFactory *MarketFactory) PackRenounceOwnership() []byte {
	enc, err := marketFactory.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (marketFactory *MarketFactory) TryPackRenounceOwnership() ([]byte, error) {
	return marketFactory.abi.Pack("renounceOwnership")
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (marketFactory *MarketFactory) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := marketFactory.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (marketFactory *MarketFactory) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return marketFactory.abi.Pack("transferOwnership", newOwner)
}

// MarketFactoryMarketCreated represents a MarketCreated event raised by the MarketFactory contract.
type MarketFactoryMarketCreated struct {
	Market             common.Address
	CollateralToken    common.Address
	LoanToken          common.Address
	PriceFeed          common.Address
	Params             MarketParams
	CollateralDecimals uint8
	LoanDecimals       uint8
	FeedDecimals       uint8
	Raw                *types.Log // Blockchain specific contextual infos
}

const MarketFactoryMarketCreatedEventName = "MarketCreated"

// ContractEventName returns the user-defined event name.
func (MarketFactoryMarketCreated) ContractEventName() string {
	return MarketFactoryMarketCreatedEventName
}

// UnpackMarketCreatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketCreated(address indexed market, address indexed collateralToken, address indexed loanToken, address priceFeed, (uint256,uint256,uint256,uint256,uint256,uint256,uint256) params, uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals)
func (marketFactory *MarketFactory) UnpackMarketCreatedEvent(log *types.Log) (*MarketFactoryMarketCreated, error) {
	event := "MarketCreated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketFactoryMarketCreated)
	if len(log.Data) > 0 {
		if err := marketFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketFactory.abi.Events[event].Inputs {
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

// MarketFactoryOwnershipTransferred represents a OwnershipTransferred event raised by the MarketFactory contract.
type MarketFactoryOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketFactoryOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MarketFactoryOwnershipTransferred) ContractEventName() string {
	return MarketFactoryOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (marketFactory *MarketFactory) UnpackOwnershipTransferredEvent(log *types.Log) (*MarketFactoryOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketFactory.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketFactoryOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := marketFactory.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketFactory.abi.Events[event].Inputs {
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
func (marketFactory *MarketFactory) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InsufficientCollateral"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInsufficientCollateralError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InsufficientSupply"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInsufficientSupplyError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InvalidLtvOrder"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInvalidLtvOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InvalidMaxPriceAge"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInvalidMaxPriceAgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InvalidPrice"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInvalidPriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["InvalidTargetLtv"].ID.Bytes()[:4]) {
		return marketFactory.UnpackInvalidTargetLtvError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["LiquidationLtvTooHigh"].ID.Bytes()[:4]) {
		return marketFactory.UnpackLiquidationLtvTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["LtvTooHigh"].ID.Bytes()[:4]) {
		return marketFactory.UnpackLtvTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["MarketExists"].ID.Bytes()[:4]) {
		return marketFactory.UnpackMarketExistsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["NotLiquidatable"].ID.Bytes()[:4]) {
		return marketFactory.UnpackNotLiquidatableError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return marketFactory.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return marketFactory.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["RateTooHigh"].ID.Bytes()[:4]) {
		return marketFactory.UnpackRateTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["RepayTooSmall"].ID.Bytes()[:4]) {
		return marketFactory.UnpackRepayTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["StalePrice"].ID.Bytes()[:4]) {
		return marketFactory.UnpackStalePriceError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["UnsupportedDecimals"].ID.Bytes()[:4]) {
		return marketFactory.UnpackUnsupportedDecimalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return marketFactory.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketFactory.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return marketFactory.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketFactoryInsufficientCollateral represents a InsufficientCollateral error raised by the MarketFactory contract.
type MarketFactoryInsufficientCollateral struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 available)
func MarketFactoryInsufficientCollateralErrorID() common.Hash {
	return common.HexToHash("0xb07e3bc4c23a2d5a3367eec63320a439a69fa5b14b5619ba643e23b3ab6ef805")
}

// UnpackInsufficientCollateralError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCollateral(uint256 requested, uint256 available)
func (marketFactory *MarketFactory) UnpackInsufficientCollateralError(raw []byte) (*MarketFactoryInsufficientCollateral, error) {
	out := new(MarketFactoryInsufficientCollateral)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InsufficientCollateral", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInsufficientLiquidity represents a InsufficientLiquidity error raised by the MarketFactory contract.
type MarketFactoryInsufficientLiquidity struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func MarketFactoryInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0xa17e11d5aed9d2c4240142d28db52e7da7283f43ac33766dd68e8f3dc6613c0d")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(uint256 requested, uint256 available)
func (marketFactory *MarketFactory) UnpackInsufficientLiquidityError(raw []byte) (*MarketFactoryInsufficientLiquidity, error) {
	out := new(MarketFactoryInsufficientLiquidity)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInsufficientSupply represents a InsufficientSupply error raised by the MarketFactory contract.
type MarketFactoryInsufficientSupply struct {
	Requested *big.Int
	Available *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientSupply(uint256 requested, uint256 available)
func MarketFactoryInsufficientSupplyErrorID() common.Hash {
	return common.HexToHash("0x9e4c4461f030c0dcc776275fba34b37bf84116c624af5ff992fee74d9f22a4d6")
}

// UnpackInsufficientSupplyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientSupply(uint256 requested, uint256 available)
func (marketFactory *MarketFactory) UnpackInsufficientSupplyError(raw []byte) (*MarketFactoryInsufficientSupply, error) {
	out := new(MarketFactoryInsufficientSupply)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InsufficientSupply", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInvalidLtvOrder represents a InvalidLtvOrder error raised by the MarketFactory contract.
type MarketFactoryInvalidLtvOrder struct {
	MaxBorrowLtv   *big.Int
	MarginCallLtv  *big.Int
	LiquidationLtv *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidLtvOrder(uint256 maxBorrowLtv, uint256 marginCallLtv, uint256 liquidationLtv)
func MarketFactoryInvalidLtvOrderErrorID() common.Hash {
	return common.HexToHash("0x7fa53dd572f8dff7c3c9bc95a716b9d62e960472ebaa7bed12fa7472119846e0")
}

// UnpackInvalidLtvOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidLtvOrder(uint256 maxBorrowLtv, uint256 marginCallLtv, uint256 liquidationLtv)
func (marketFactory *MarketFactory) UnpackInvalidLtvOrderError(raw []byte) (*MarketFactoryInvalidLtvOrder, error) {
	out := new(MarketFactoryInvalidLtvOrder)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InvalidLtvOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInvalidMaxPriceAge represents a InvalidMaxPriceAge error raised by the MarketFactory contract.
type MarketFactoryInvalidMaxPriceAge struct {
	MaxPriceAge *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMaxPriceAge(uint256 maxPriceAge)
func MarketFactoryInvalidMaxPriceAgeErrorID() common.Hash {
	return common.HexToHash("0xdb0e87d50d94f7c1439e4fb0cd4064a650ff038981da9c1b44f0419f63690c96")
}

// UnpackInvalidMaxPriceAgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMaxPriceAge(uint256 maxPriceAge)
func (marketFactory *MarketFactory) UnpackInvalidMaxPriceAgeError(raw []byte) (*MarketFactoryInvalidMaxPriceAge, error) {
	out := new(MarketFactoryInvalidMaxPriceAge)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InvalidMaxPriceAge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInvalidPrice represents a InvalidPrice error raised by the MarketFactory contract.
type MarketFactoryInvalidPrice struct {
	Answer *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPrice(int256 answer)
func MarketFactoryInvalidPriceErrorID() common.Hash {
	return common.HexToHash("0x38ee04a75873ad84b9be087c0f3e007d689a5f005f7c07c9af6f5c59da7a64d0")
}

// UnpackInvalidPriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPrice(int256 answer)
func (marketFactory *MarketFactory) UnpackInvalidPriceError(raw []byte) (*MarketFactoryInvalidPrice, error) {
	out := new(MarketFactoryInvalidPrice)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InvalidPrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryInvalidTargetLtv represents a InvalidTargetLtv error raised by the MarketFactory contract.
type MarketFactoryInvalidTargetLtv struct {
	LiquidationTargetLtv *big.Int
	LiquidationLtv       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidTargetLtv(uint256 liquidationTargetLtv, uint256 liquidationLtv)
func MarketFactoryInvalidTargetLtvErrorID() common.Hash {
	return common.HexToHash("0x58b0e5e97dacf55ae623b5112d1940d9d223109ec99794635985376bd5c07ed6")
}

// UnpackInvalidTargetLtvError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidTargetLtv(uint256 liquidationTargetLtv, uint256 liquidationLtv)
func (marketFactory *MarketFactory) UnpackInvalidTargetLtvError(raw []byte) (*MarketFactoryInvalidTargetLtv, error) {
	out := new(MarketFactoryInvalidTargetLtv)
	if err := marketFactory.abi.UnpackIntoInterface(out, "InvalidTargetLtv", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryLiquidationLtvTooHigh represents a LiquidationLtvTooHigh error raised by the MarketFactory contract.
type MarketFactoryLiquidationLtvTooHigh struct {
	LiquidationLtv   *big.Int
	LiquidationBonus *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LiquidationLtvTooHigh(uint256 liquidationLtv, uint256 liquidationBonus)
func MarketFactoryLiquidationLtvTooHighErrorID() common.Hash {
	return common.HexToHash("0x9a7ffe0cfabf8cf2815c8094312d591429dd56c65c5944fd71d631c2ec6d4cbf")
}

// UnpackLiquidationLtvTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LiquidationLtvTooHigh(uint256 liquidationLtv, uint256 liquidationBonus)
func (marketFactory *MarketFactory) UnpackLiquidationLtvTooHighError(raw []byte) (*MarketFactoryLiquidationLtvTooHigh, error) {
	out := new(MarketFactoryLiquidationLtvTooHigh)
	if err := marketFactory.abi.UnpackIntoInterface(out, "LiquidationLtvTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryLtvTooHigh represents a LtvTooHigh error raised by the MarketFactory contract.
type MarketFactoryLtvTooHigh struct {
	Ltv *big.Int
	Max *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LtvTooHigh(uint256 ltv, uint256 max)
func MarketFactoryLtvTooHighErrorID() common.Hash {
	return common.HexToHash("0x37e4c1c413614bd8b9908fe5e0ef2913f1bf36f8cabf4f6a938405c51ce47ee2")
}

// UnpackLtvTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LtvTooHigh(uint256 ltv, uint256 max)
func (marketFactory *MarketFactory) UnpackLtvTooHighError(raw []byte) (*MarketFactoryLtvTooHigh, error) {
	out := new(MarketFactoryLtvTooHigh)
	if err := marketFactory.abi.UnpackIntoInterface(out, "LtvTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryMarketExists represents a MarketExists error raised by the MarketFactory contract.
type MarketFactoryMarketExists struct {
	CollateralToken common.Address
	Market          common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketExists(address collateralToken, address market)
func MarketFactoryMarketExistsErrorID() common.Hash {
	return common.HexToHash("0xd625901aa1fd0dd10353e60f3b67acb6bbea15e37f4cb08eb346c1939e7fdde2")
}

// UnpackMarketExistsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketExists(address collateralToken, address market)
func (marketFactory *MarketFactory) UnpackMarketExistsError(raw []byte) (*MarketFactoryMarketExists, error) {
	out := new(MarketFactoryMarketExists)
	if err := marketFactory.abi.UnpackIntoInterface(out, "MarketExists", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryNotLiquidatable represents a NotLiquidatable error raised by the MarketFactory contract.
type MarketFactoryNotLiquidatable struct {
	Ltv            *big.Int
	LiquidationLtv *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLiquidatable(uint256 ltv, uint256 liquidationLtv)
func MarketFactoryNotLiquidatableErrorID() common.Hash {
	return common.HexToHash("0xd8edc336a39ee5ae4b38ffdf11c16a92e3ddf8a00cc5588292ecaf58267cb956")
}

// UnpackNotLiquidatableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLiquidatable(uint256 ltv, uint256 liquidationLtv)
func (marketFactory *MarketFactory) UnpackNotLiquidatableError(raw []byte) (*MarketFactoryNotLiquidatable, error) {
	out := new(MarketFactoryNotLiquidatable)
	if err := marketFactory.abi.UnpackIntoInterface(out, "NotLiquidatable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the MarketFactory contract.
type MarketFactoryOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MarketFactoryOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (marketFactory *MarketFactory) UnpackOwnableInvalidOwnerError(raw []byte) (*MarketFactoryOwnableInvalidOwner, error) {
	out := new(MarketFactoryOwnableInvalidOwner)
	if err := marketFactory.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the MarketFactory contract.
type MarketFactoryOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MarketFactoryOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (marketFactory *MarketFactory) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MarketFactoryOwnableUnauthorizedAccount, error) {
	out := new(MarketFactoryOwnableUnauthorizedAccount)
	if err := marketFactory.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryRateTooHigh represents a RateTooHigh error raised by the MarketFactory contract.
type MarketFactoryRateTooHigh struct {
	Rate *big.Int
	Max  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RateTooHigh(uint256 rate, uint256 max)
func MarketFactoryRateTooHighErrorID() common.Hash {
	return common.HexToHash("0x4716c005c60b2d15d6b21971116fcbffc9ca23d1369445740940b85558b2bd86")
}

// UnpackRateTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RateTooHigh(uint256 rate, uint256 max)
func (marketFactory *MarketFactory) UnpackRateTooHighError(raw []byte) (*MarketFactoryRateTooHigh, error) {
	out := new(MarketFactoryRateTooHigh)
	if err := marketFactory.abi.UnpackIntoInterface(out, "RateTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryRepayTooSmall represents a RepayTooSmall error raised by the MarketFactory contract.
type MarketFactoryRepayTooSmall struct {
	Required       *big.Int
	MaxRepayAssets *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func MarketFactoryRepayTooSmallErrorID() common.Hash {
	return common.HexToHash("0x7f2a4a677dd457444368333807ecaba2d6cff601329aeb573a6c3a1fdaf99312")
}

// UnpackRepayTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RepayTooSmall(uint256 required, uint256 maxRepayAssets)
func (marketFactory *MarketFactory) UnpackRepayTooSmallError(raw []byte) (*MarketFactoryRepayTooSmall, error) {
	out := new(MarketFactoryRepayTooSmall)
	if err := marketFactory.abi.UnpackIntoInterface(out, "RepayTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryStalePrice represents a StalePrice error raised by the MarketFactory contract.
type MarketFactoryStalePrice struct {
	UpdatedAt *big.Int
	MaxAge    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StalePrice(uint256 updatedAt, uint256 maxAge)
func MarketFactoryStalePriceErrorID() common.Hash {
	return common.HexToHash("0x2730eb48b74ddb54b6d7350f70a148844609908c35a2ee52be7881b788079269")
}

// UnpackStalePriceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StalePrice(uint256 updatedAt, uint256 maxAge)
func (marketFactory *MarketFactory) UnpackStalePriceError(raw []byte) (*MarketFactoryStalePrice, error) {
	out := new(MarketFactoryStalePrice)
	if err := marketFactory.abi.UnpackIntoInterface(out, "StalePrice", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryUnsupportedDecimals represents a UnsupportedDecimals error raised by the MarketFactory contract.
type MarketFactoryUnsupportedDecimals struct {
	CollateralDecimals uint8
	LoanDecimals       uint8
	FeedDecimals       uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedDecimals(uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals)
func MarketFactoryUnsupportedDecimalsErrorID() common.Hash {
	return common.HexToHash("0x2f7f96b2874ba14dbc94759b34a22287c3a3bd95f508f3f2a65212df6cd01861")
}

// UnpackUnsupportedDecimalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedDecimals(uint8 collateralDecimals, uint8 loanDecimals, uint8 feedDecimals)
func (marketFactory *MarketFactory) UnpackUnsupportedDecimalsError(raw []byte) (*MarketFactoryUnsupportedDecimals, error) {
	out := new(MarketFactoryUnsupportedDecimals)
	if err := marketFactory.abi.UnpackIntoInterface(out, "UnsupportedDecimals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryZeroAddress represents a ZeroAddress error raised by the MarketFactory contract.
type MarketFactoryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func MarketFactoryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (marketFactory *MarketFactory) UnpackZeroAddressError(raw []byte) (*MarketFactoryZeroAddress, error) {
	out := new(MarketFactoryZeroAddress)
	if err := marketFactory.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketFactoryZeroAmount represents a ZeroAmount error raised by the MarketFactory contract.
type MarketFactoryZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func MarketFactoryZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (marketFactory *MarketFactory) UnpackZeroAmountError(raw []byte) (*MarketFactoryZeroAmount, error) {
	out := new(MarketFactoryZeroAmount)
	if err := marketFactory.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20MetaData contains all meta data concerning the MockERC20 contract.
var MockERC20MetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"name_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"symbol_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"decimals_\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"allowance\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"approve\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"balanceOf\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"mint\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"name\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"symbol\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"totalSupply\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"transfer\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferFrom\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"Approval\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"spender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Transfer\",\"inputs\":[{\"name\":\"from\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"value\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"ERC20InsufficientAllowance\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"allowance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InsufficientBalance\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"balance\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"needed\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidApprover\",\"inputs\":[{\"name\":\"approver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidReceiver\",\"inputs\":[{\"name\":\"receiver\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSender\",\"inputs\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ERC20InvalidSpender\",\"inputs\":[{\"name\":\"spender\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "MockERC20",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051610a0b380380610a0b83398101604081905261002e916100f7565b8282600361003c8382610203565b5060046100498282610203565b50505060ff16608052506102c19050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f83011261007d575f5ffd5b81516001600160401b038111156100965761009661005a565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100c4576100c461005a565b6040528181528382016020018510156100db575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b5f5f5f60608486031215610109575f5ffd5b83516001600160401b0381111561011e575f5ffd5b61012a8682870161006e565b602086015190945090506001600160401b03811115610147575f5ffd5b6101538682870161006e565b925050604084015160ff81168114610169575f5ffd5b809150509250925092565b600181811c9082168061018857607f821691505b6020821081036101a657634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156101fe57828211156101fe57805f5260205f20601f840160051c60208510156101d757505f5b90810190601f840160051c035f5b818110156101fa575f838201556001016101e5565b5050505b505050565b81516001600160401b0381111561021c5761021c61005a565b6102308161022a8454610174565b846101ac565b6020601f821160018114610262575f831561024b5750848201515b5f19600385901b1c1916600184901b1784556102ba565b5f84815260208120601f198516915b828110156102915787850151825560209485019460019092019101610271565b50848210156102ae57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6080516107326102d95f395f61010c01526107325ff3fe608060405234801561000f575f5ffd5b506004361061009b575f3560e01c806340c10f191161006357806340c10f191461013657806370a082311461014b57806395d89b4114610173578063a9059cbb1461017b578063dd62ed3e1461018e575f5ffd5b806306fdde031461009f578063095ea7b3146100bd57806318160ddd146100e057806323b872dd146100f2578063313ce56714610105575b5f5ffd5b6100a76101c6565b6040516100b491906105d8565b60405180910390f35b6100d06100cb366004610628565b610256565b60405190151581526020016100b4565b6002545b6040519081526020016100b4565b6100d0610100366004610650565b61026f565b60405160ff7f00000000000000000000000000000000000000000000000000000000000000001681526020016100b4565b610149610144366004610628565b610292565b005b6100e461015936600461068a565b6001600160a01b03165f9081526020819052604090205490565b6100a76102a0565b6100d0610189366004610628565b6102af565b6100e461019c3660046106aa565b6001600160a01b039182165f90815260016020908152604080832093909416825291909152205490565b6060600380546101d5906106db565b80601f0160208091040260200160405190810160405280929190818152602001828054610201906106db565b801561024c5780601f106102235761010080835404028352916020019161024c565b820191905f5260205f20905b81548152906001019060200180831161022f57829003601f168201915b5050505050905090565b5f336102638185856102bc565b60019150505b92915050565b5f3361027c8582856102ce565b61028785858561034f565b506001949350505050565b61029c82826103ac565b5050565b6060600480546101d5906106db565b5f3361026381858561034f565b6102c983838360016103e0565b505050565b6001600160a01b038381165f908152600160209081526040808320938616835292905220545f19811015610349578181101561033b57604051637dc7a0d960e11b81526001600160a01b038416600482015260248101829052604481018390526064015b60405180910390fd5b61034984848484035f6103e0565b50505050565b6001600160a01b03831661037857604051634b637e8f60e11b81525f6004820152602401610332565b6001600160a01b0382166103a15760405163ec442f0560e01b81525f6004820152602401610332565b6102c98383836104b2565b6001600160a01b0382166103d55760405163ec442f0560e01b81525f6004820152602401610332565b61029c5f83836104b2565b6001600160a01b0384166104095760405163e602df0560e01b81525f6004820152602401610332565b6001600160a01b03831661043257604051634a1406b160e11b81525f6004820152602401610332565b6001600160a01b038085165f908152600160209081526040808320938716835292905220829055801561034957826001600160a01b0316846001600160a01b03167f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925846040516104a491815260200190565b60405180910390a350505050565b6001600160a01b0383166104dc578060025f8282546104d19190610713565b9091555061054c9050565b6001600160a01b0383165f908152602081905260409020548181101561052e5760405163391434e360e21b81526001600160a01b03851660048201526024810182905260448101839052606401610332565b6001600160a01b0384165f9081526020819052604090209082900390555b6001600160a01b03821661056857600280548290039055610586565b6001600160a01b0382165f9081526020819052604090208054820190555b816001600160a01b0316836001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef836040516105cb91815260200190565b60405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b0381168114610623575f5ffd5b919050565b5f5f60408385031215610639575f5ffd5b6106428361060d565b946020939093013593505050565b5f5f5f60608486031215610662575f5ffd5b61066b8461060d565b92506106796020850161060d565b929592945050506040919091013590565b5f6020828403121561069a575f5ffd5b6106a38261060d565b9392505050565b5f5f604083850312156106bb575f5ffd5b6106c48361060d565b91506106d26020840161060d565b90509250929050565b600181811c908216806106ef57607f821691505b60208210810361070d57634e487b7160e01b5f52602260045260245ffd5b50919050565b8082018082111561026957634e487b7160e01b5f52601160045260245ffd",
}

// MockERC20 is an auto generated Go binding around an Ethereum contract.
type MockERC20 struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockERC20) GetABI() abi.ABI {
	return c.abi
}

// NewMockERC20 creates a new instance of MockERC20.
func NewMockERC20() *MockERC20 {
	parsed, err := MockERC20MetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockERC20{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockERC20) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_) returns()
func (mockERC20 *MockERC20) PackConstructor(name_ string, symbol_ string, decimals_ uint8) []byte {
	enc, err := mockERC20.abi.Pack("", name_, symbol_, decimals_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) PackAllowance(owner common.Address, spender common.Address) []byte {
	enc, err := mockERC20.abi.Pack("allowance", owner, spender)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) TryPackAllowance(owner common.Address, spender common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("allowance", owner, spender)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address owner, address spender) view returns(uint256)
func (mockERC20 *MockERC20) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackApprove(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) PackBalanceOf(account common.Address) []byte {
	enc, err := mockERC20.abi.Pack("balanceOf", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) TryPackBalanceOf(account common.Address) ([]byte, error) {
	return mockERC20.abi.Pack("balanceOf", account)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address account) view returns(uint256)
func (mockERC20 *MockERC20) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (mockERC20 *MockERC20) PackDecimals() []byte {
	enc, err := mockERC20.abi.Pack("decimals")
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
func (mockERC20 *MockERC20) TryPackDecimals() ([]byte, error) {
	return mockERC20.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (mockERC20 *MockERC20) UnpackDecimals(data []byte) (uint8, error) {
	out, err := mockERC20.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mockERC20 *MockERC20) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("mint", to, amount)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) PackName() []byte {
	enc, err := mockERC20.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) TryPackName() ([]byte, error) {
	return mockERC20.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (mockERC20 *MockERC20) UnpackName(data []byte) (string, error) {
	out, err := mockERC20.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) PackSymbol() []byte {
	enc, err := mockERC20.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) TryPackSymbol() ([]byte, error) {
	return mockERC20.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (mockERC20 *MockERC20) UnpackSymbol(data []byte) (string, error) {
	out, err := mockERC20.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) PackTotalSupply() []byte {
	enc, err := mockERC20.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) TryPackTotalSupply() ([]byte, error) {
	return mockERC20.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mockERC20 *MockERC20) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mockERC20.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackTransfer(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := mockERC20.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return mockERC20.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (mockERC20 *MockERC20) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := mockERC20.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MockERC20Approval represents a Approval event raised by the MockERC20 contract.
type MockERC20Approval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MockERC20ApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MockERC20Approval) ContractEventName() string {
	return MockERC20ApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (mockERC20 *MockERC20) UnpackApprovalEvent(log *types.Log) (*MockERC20Approval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Approval)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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

// MockERC20Transfer represents a Transfer event raised by the MockERC20 contract.
type MockERC20Transfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MockERC20TransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MockERC20Transfer) ContractEventName() string {
	return MockERC20TransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mockERC20 *MockERC20) UnpackTransferEvent(log *types.Log) (*MockERC20Transfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockERC20.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockERC20Transfer)
	if len(log.Data) > 0 {
		if err := mockERC20.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockERC20.abi.Events[event].Inputs {
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
func (mockERC20 *MockERC20) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InsufficientBalance"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidApprover"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidApproverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidReceiver"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidReceiverError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidSender"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidSenderError(raw[4:])
	}
	if bytes.Equal(raw[:4], mockERC20.abi.Errors["ERC20InvalidSpender"].ID.Bytes()[:4]) {
		return mockERC20.UnpackERC20InvalidSpenderError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockERC20ERC20InsufficientAllowance represents a ERC20InsufficientAllowance error raised by the MockERC20 contract.
type MockERC20ERC20InsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func MockERC20ERC20InsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0xfb8f41b23e99d2101d86da76cdfa87dd51c82ed07d3cb62cbc473e469dbc75c3")
}

// UnpackERC20InsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (mockERC20 *MockERC20) UnpackERC20InsufficientAllowanceError(raw []byte) (*MockERC20ERC20InsufficientAllowance, error) {
	out := new(MockERC20ERC20InsufficientAllowance)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InsufficientBalance represents a ERC20InsufficientBalance error raised by the MockERC20 contract.
type MockERC20ERC20InsufficientBalance struct {
	Sender  common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func MockERC20ERC20InsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xe450d38cd8d9f7d95077d567d60ed49c7254716e6ad08fc9872816c97e0ffec6")
}

// UnpackERC20InsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InsufficientBalance(address sender, uint256 balance, uint256 needed)
func (mockERC20 *MockERC20) UnpackERC20InsufficientBalanceError(raw []byte) (*MockERC20ERC20InsufficientBalance, error) {
	out := new(MockERC20ERC20InsufficientBalance)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidApprover represents a ERC20InvalidApprover error raised by the MockERC20 contract.
type MockERC20ERC20InvalidApprover struct {
	Approver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidApprover(address approver)
func MockERC20ERC20InvalidApproverErrorID() common.Hash {
	return common.HexToHash("0xe602df05cc75712490294c6c104ab7c17f4030363910a7a2626411c6d3118847")
}

// UnpackERC20InvalidApproverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidApprover(address approver)
func (mockERC20 *MockERC20) UnpackERC20InvalidApproverError(raw []byte) (*MockERC20ERC20InvalidApprover, error) {
	out := new(MockERC20ERC20InvalidApprover)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidApprover", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidReceiver represents a ERC20InvalidReceiver error raised by the MockERC20 contract.
type MockERC20ERC20InvalidReceiver struct {
	Receiver common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func MockERC20ERC20InvalidReceiverErrorID() common.Hash {
	return common.HexToHash("0xec442f055133b72f3b2f9f0bb351c406b178527de2040a7d1feb4e058771f613")
}

// UnpackERC20InvalidReceiverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidReceiver(address receiver)
func (mockERC20 *MockERC20) UnpackERC20InvalidReceiverError(raw []byte) (*MockERC20ERC20InvalidReceiver, error) {
	out := new(MockERC20ERC20InvalidReceiver)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidReceiver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidSender represents a ERC20InvalidSender error raised by the MockERC20 contract.
type MockERC20ERC20InvalidSender struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSender(address sender)
func MockERC20ERC20InvalidSenderErrorID() common.Hash {
	return common.HexToHash("0x96c6fd1edd0cd6ef7ff0ecc0facdf53148dc0048b57fe58af65755250a7a96bd")
}

// UnpackERC20InvalidSenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSender(address sender)
func (mockERC20 *MockERC20) UnpackERC20InvalidSenderError(raw []byte) (*MockERC20ERC20InvalidSender, error) {
	out := new(MockERC20ERC20InvalidSender)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockERC20ERC20InvalidSpender represents a ERC20InvalidSpender error raised by the MockERC20 contract.
type MockERC20ERC20InvalidSpender struct {
	Spender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ERC20InvalidSpender(address spender)
func MockERC20ERC20InvalidSpenderErrorID() common.Hash {
	return common.HexToHash("0x94280d62c347d8d9f4d59a76ea321452406db88df38e0c9da304f58b57b373a2")
}

// UnpackERC20InvalidSpenderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ERC20InvalidSpender(address spender)
func (mockERC20 *MockERC20) UnpackERC20InvalidSpenderError(raw []byte) (*MockERC20ERC20InvalidSpender, error) {
	out := new(MockERC20ERC20InvalidSpender)
	if err := mockERC20.abi.UnpackIntoInterface(out, "ERC20InvalidSpender", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MockPriceFeedMetaData contains all meta data concerning the MockPriceFeed contract.
var MockPriceFeedMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"decimals_\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"description_\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"initialAnswer\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"decimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"description\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"string\",\"internalType\":\"string\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"getRoundData\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"outputs\":[{\"name\":\"\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRound\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"latestRoundData\",\"inputs\":[],\"outputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"},{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"startedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"answeredInRound\",\"type\":\"uint80\",\"internalType\":\"uint80\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setPrice\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setPriceAt\",\"inputs\":[{\"name\":\"answer\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"version\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"pure\"},{\"type\":\"event\",\"name\":\"AnswerUpdated\",\"inputs\":[{\"name\":\"current\",\"type\":\"int256\",\"indexed\":true,\"internalType\":\"int256\"},{\"name\":\"roundId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"updatedAt\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"NoSuchRound\",\"inputs\":[{\"name\":\"roundId\",\"type\":\"uint80\",\"internalType\":\"uint80\"}]}]",
	ID:  "MockPriceFeed",
	Bin: "0x60a060405234801561000f575f5ffd5b506040516107e83803806107e883398101604081905261002e9161010c565b60ff83166080525f610040838261026f565b5061004a81610052565b50505061035e565b61005c814261005f565b50565b600180545f91610078916001600160501b03169061032d565b600180546001600160501b0319166001600160501b038316908117825560408051808201825287815260208082018881525f8581526002835284902092518355519190940155518581529293509185917f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f910160405180910390a3505050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f6060848603121561011e575f5ffd5b835160ff8116811461012e575f5ffd5b60208501519093506001600160401b03811115610149575f5ffd5b8401601f81018613610159575f5ffd5b80516001600160401b03811115610172576101726100f8565b604051601f8201601f19908116603f011681016001600160401b03811182821017156101a0576101a06100f8565b6040528181528282016020018810156101b7575f5ffd5b8160208401602083015e5f91810160200191909152604095909501519396949550929392505050565b600181811c908216806101f457607f821691505b60208210810361021257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561026a578282111561026a57805f5260205f20601f840160051c602085101561024357505f5b90810190601f840160051c035f5b81811015610266575f83820155600101610251565b5050505b505050565b81516001600160401b03811115610288576102886100f8565b61029c8161029684546101e0565b84610218565b6020601f8211600181146102ce575f83156102b75750848201515b5f19600385901b1c1916600184901b178455610326565b5f84815260208120601f198516915b828110156102fd57878501518255602094850194600190920191016102dd565b508482101561031a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b6001600160501b03818116838216019081111561035857634e487b7160e01b5f52601160045260245ffd5b92915050565b6080516104736103755f395f608e01526104735ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c80639a6fc8f5116100585780639a6fc8f514610116578063f5c2788b1461015d578063f7a3080614610172578063feaf968c14610185575f5ffd5b8063313ce5671461008957806354fd4d50146100c7578063668a0f02146100d65780637284e41614610101575b5f5ffd5b6100b07f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020015b60405180910390f35b604051600481526020016100be565b6001546100e9906001600160501b031681565b6040516001600160501b0390911681526020016100be565b61010961018d565b6040516100be9190610371565b6101296101243660046103a6565b610218565b604080516001600160501b03968716815260208101959095528401929092526060830152909116608082015260a0016100be565b61017061016b3660046103d3565b610298565b005b6101706101803660046103f3565b610334565b610129610341565b5f80546101999061040a565b80601f01602080910402602001604051908101604052809291908181526020018280546101c59061040a565b80156102105780601f106101e757610100808354040283529160200191610210565b820191905f5260205f20905b8154815290600101906020018083116101f357829003601f168201915b505050505081565b6001600160501b0381165f90815260026020908152604080832081518083019092528054825260010154918101829052829182918291829190820361027f576040516302fee12b60e61b81526001600160501b038816600482015260240160405180910390fd5b8051602090910151969790969550859450879350915050565b600180545f916102b1916001600160501b031690610442565b6001805469ffffffffffffffffffff19166001600160501b038316908117825560408051808201825287815260208082018881525f8581526002835284902092518355519190940155518581529293509185917f0559884fd3a460db3073b7fc896cc77986f16e378210ded43186175bf646fc5f910160405180910390a3505050565b61033e8142610298565b50565b6001545f908190819081908190610360906001600160501b0316610218565b945094509450945094509091929394565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f602082840312156103b6575f5ffd5b81356001600160501b03811681146103cc575f5ffd5b9392505050565b5f5f604083850312156103e4575f5ffd5b50508035926020909101359150565b5f60208284031215610403575f5ffd5b5035919050565b600181811c9082168061041e57607f821691505b60208210810361043c57634e487b7160e01b5f52602260045260245ffd5b50919050565b6001600160501b03818116838216019081111561046d57634e487b7160e01b5f52601160045260245ffd5b9291505056",
}

// MockPriceFeed is an auto generated Go binding around an Ethereum contract.
type MockPriceFeed struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockPriceFeed) GetABI() abi.ABI {
	return c.abi
}

// NewMockPriceFeed creates a new instance of MockPriceFeed.
func NewMockPriceFeed() *MockPriceFeed {
	parsed, err := MockPriceFeedMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockPriceFeed{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockPriceFeed) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(uint8 decimals_, string description_, int256 initialAnswer) returns()
func (mockPriceFeed *MockPriceFeed) PackConstructor(decimals_ uint8, description_ string, initialAnswer *big.Int) []byte {
	enc, err := mockPriceFeed.abi.Pack("", decimals_, description_, initialAnswer)
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
func (mockPriceFeed *MockPriceFeed) PackDecimals() []byte {
	enc, err := mockPriceFeed.abi.Pack("decimals")
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
func (mockPriceFeed *MockPriceFeed) TryPackDecimals() ([]byte, error) {
	return mockPriceFeed.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (mockPriceFeed *MockPriceFeed) UnpackDecimals(data []byte) (uint8, error) {
	out, err := mockPriceFeed.abi.Unpack("decimals", data)
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
func (mockPriceFeed *MockPriceFeed) PackDescription() []byte {
	enc, err := mockPriceFeed.abi.Pack("description")
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
func (mockPriceFeed *MockPriceFeed) TryPackDescription() ([]byte, error) {
	return mockPriceFeed.abi.Pack("description")
}

// UnpackDescription is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7284e416.
//
// Solidity: function description() view returns(string)
func (mockPriceFeed *MockPriceFeed) UnpackDescription(data []byte) (string, error) {
	out, err := mockPriceFeed.abi.Unpack("description", data)
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
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (mockPriceFeed *MockPriceFeed) PackGetRoundData(roundId *big.Int) []byte {
	enc, err := mockPriceFeed.abi.Pack("getRoundData", roundId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRoundData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a6fc8f5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (mockPriceFeed *MockPriceFeed) TryPackGetRoundData(roundId *big.Int) ([]byte, error) {
	return mockPriceFeed.abi.Pack("getRoundData", roundId)
}

// GetRoundDataOutput serves as a container for the return parameters of contract
// method GetRoundData.
type GetRoundDataOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
	Arg2 *big.Int
	Arg3 *big.Int
	Arg4 *big.Int
}

// UnpackGetRoundData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a6fc8f5.
//
// Solidity: function getRoundData(uint80 roundId) view returns(uint80, int256, uint256, uint256, uint80)
func (mockPriceFeed *MockPriceFeed) UnpackGetRoundData(data []byte) (GetRoundDataOutput, error) {
	out, err := mockPriceFeed.abi.Unpack("getRoundData", data)
	outstruct := new(GetRoundDataOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Arg3 = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function latestRound() view returns(uint80)
func (mockPriceFeed *MockPriceFeed) PackLatestRound() []byte {
	enc, err := mockPriceFeed.abi.Pack("latestRound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLatestRound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x668a0f02.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function latestRound() view returns(uint80)
func (mockPriceFeed *MockPriceFeed) TryPackLatestRound() ([]byte, error) {
	return mockPriceFeed.abi.Pack("latestRound")
}

// UnpackLatestRound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x668a0f02.
//
// Solidity: function latestRound() view returns(uint80)
func (mockPriceFeed *MockPriceFeed) UnpackLatestRound(data []byte) (*big.Int, error) {
	out, err := mockPriceFeed.abi.Unpack("latestRound", data)
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
func (mockPriceFeed *MockPriceFeed) PackLatestRoundData() []byte {
	enc, err := mockPriceFeed.abi.Pack("latestRoundData")
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
func (mockPriceFeed *MockPriceFeed) TryPackLatestRoundData() ([]byte, error) {
	return mockPriceFeed.abi.Pack("latestRoundData")
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
func (mockPriceFeed *MockPriceFeed) UnpackLatestRoundData(data []byte) (LatestRoundDataOutput, error) {
	out, err := mockPriceFeed.abi.Unpack("latestRoundData", data)
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

// PackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a30806.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPrice(int256 answer) returns()
func (mockPriceFeed *MockPriceFeed) PackSetPrice(answer *big.Int) []byte {
	enc, err := mockPriceFeed.abi.Pack("setPrice", answer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPrice is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7a30806.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPrice(int256 answer) returns()
func (mockPriceFeed *MockPriceFeed) TryPackSetPrice(answer *big.Int) ([]byte, error) {
	return mockPriceFeed.abi.Pack("setPrice", answer)
}

// PackSetPriceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5c2788b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPriceAt(int256 answer, uint256 updatedAt) returns()
func (mockPriceFeed *MockPriceFeed) PackSetPriceAt(answer *big.Int, updatedAt *big.Int) []byte {
	enc, err := mockPriceFeed.abi.Pack("setPriceAt", answer, updatedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPriceAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5c2788b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPriceAt(int256 answer, uint256 updatedAt) returns()
func (mockPriceFeed *MockPriceFeed) TryPackSetPriceAt(answer *big.Int, updatedAt *big.Int) ([]byte, error) {
	return mockPriceFeed.abi.Pack("setPriceAt", answer, updatedAt)
}

// PackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function version() pure returns(uint256)
func (mockPriceFeed *MockPriceFeed) PackVersion() []byte {
	enc, err := mockPriceFeed.abi.Pack("version")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVersion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54fd4d50.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function version() pure returns(uint256)
func (mockPriceFeed *MockPriceFeed) TryPackVersion() ([]byte, error) {
	return mockPriceFeed.abi.Pack("version")
}

// UnpackVersion is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54fd4d50.
//
// Solidity: function version() pure returns(uint256)
func (mockPriceFeed *MockPriceFeed) UnpackVersion(data []byte) (*big.Int, error) {
	out, err := mockPriceFeed.abi.Unpack("version", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// MockPriceFeedAnswerUpdated represents a AnswerUpdated event raised by the MockPriceFeed contract.
type MockPriceFeedAnswerUpdated struct {
	Current   *big.Int
	RoundId   *big.Int
	UpdatedAt *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const MockPriceFeedAnswerUpdatedEventName = "AnswerUpdated"

// ContractEventName returns the user-defined event name.
func (MockPriceFeedAnswerUpdated) ContractEventName() string {
	return MockPriceFeedAnswerUpdatedEventName
}

// UnpackAnswerUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt)
func (mockPriceFeed *MockPriceFeed) UnpackAnswerUpdatedEvent(log *types.Log) (*MockPriceFeedAnswerUpdated, error) {
	event := "AnswerUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mockPriceFeed.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MockPriceFeedAnswerUpdated)
	if len(log.Data) > 0 {
		if err := mockPriceFeed.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mockPriceFeed.abi.Events[event].Inputs {
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
func (mockPriceFeed *MockPriceFeed) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockPriceFeed.abi.Errors["NoSuchRound"].ID.Bytes()[:4]) {
		return mockPriceFeed.UnpackNoSuchRoundError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockPriceFeedNoSuchRound represents a NoSuchRound error raised by the MockPriceFeed contract.
type MockPriceFeedNoSuchRound struct {
	RoundId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSuchRound(uint80 roundId)
func MockPriceFeedNoSuchRoundErrorID() common.Hash {
	return common.HexToHash("0xbfb84ac0b5eaedfad3a54cc3c429e9be27ae3f10922d16b92801a2ed7c1c8134")
}

// UnpackNoSuchRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSuchRound(uint80 roundId)
func (mockPriceFeed *MockPriceFeed) UnpackNoSuchRoundError(raw []byte) (*MockPriceFeedNoSuchRound, error) {
	out := new(MockPriceFeedNoSuchRound)
	if err := mockPriceFeed.abi.UnpackIntoInterface(out, "NoSuchRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SeedBatchMetaData contains all meta data concerning the SeedBatch contract.
var SeedBatchMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"market_\",\"type\":\"address\",\"internalType\":\"contractISeedMarket\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"collateralToken\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractMockERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositFor\",\"inputs\":[{\"name\":\"collateral\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"market\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractISeedMarket\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"seed\",\"inputs\":[{\"name\":\"collaterals\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"},{\"name\":\"debts\",\"type\":\"uint256[]\",\"internalType\":\"uint256[]\"}],\"outputs\":[{\"name\":\"borrowers\",\"type\":\"address[]\",\"internalType\":\"address[]\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"error\",\"name\":\"LengthMismatch\",\"inputs\":[{\"name\":\"collaterals\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"debts\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotSeeding\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]}]",
	ID:  "SeedBatch",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161095938038061095983398101604081905261002e9161012e565b6001600160a01b038116608081905260408051632c805af560e21b8152905163b2016bd4916004808201926020929091908290030181865afa158015610076573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061009a919061012e565b6001600160a01b0390811660a081905260405163095ea7b360e01b815291831660048301525f1960248301529063095ea7b3906044016020604051808303815f875af11580156100ec573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906101109190610150565b505061016f565b6001600160a01b038116811461012b575f5ffd5b50565b5f6020828403121561013e575f5ffd5b815161014981610117565b9392505050565b5f60208284031215610160575f5ffd5b81518015158114610149575f5ffd5b60805160a0516107af6101aa5f395f818160d001526103d301525f818160910152818161029a0152818161031e015261043901526107af5ff3fe608060405234801561000f575f5ffd5b506004361061004a575f3560e01c806352131e421461004e5780636d88f4511461007757806380f556051461008c578063b2016bd4146100cb575b5f5ffd5b61006161005c3660046104fb565b6100f2565b60405161006e9190610567565b60405180910390f35b61008a6100853660046105b2565b61026c565b005b6100b37f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161006e565b6100b37f000000000000000000000000000000000000000000000000000000000000000081565b606083828114610124576040516355c5b3e360e11b815260048101829052602481018490526044015b60405180910390fd5b5f5f5f5b8381101561018457888882818110610142576101426105c9565b905060200201358361015491906105f1565b9250868682818110610168576101686105c9565b905060200201358261017a91906105f1565b9150600101610128565b5061018f82826103b7565b8267ffffffffffffffff8111156101a8576101a8610604565b6040519080825280602002602001820160405280156101d1578160200160208202803683370190505b505f805460ff191660011781559094505b83811015610256576102248989838181106101ff576101ff6105c9565b90506020020135888884818110610218576102186105c9565b90506020020135610436565b858281518110610236576102366105c9565b6001600160a01b03909216602092830291909101909101526001016101e2565b50505f805460ff19169055509095945050505050565b5f5460ff1661029057604051630d85123f60e11b815233600482015260240161011b565b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663481fef8a6102ca600284610618565b6040516001600160e01b031960e084901b16815260048101919091523360248201526044015f604051808303815f87803b158015610306575f5ffd5b505af1158015610318573d5f5f3e3d5ffd5b505050507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663481fef8a6002836103589190610618565b6103629084610637565b6040516001600160e01b031960e084901b16815260048101919091523360248201526044015f604051808303815f87803b15801561039e575f5ffd5b505af11580156103b0573d5f5f3e3d5ffd5b5050505050565b6040516340c10f1960e01b8152306004820152602481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906340c10f19906044015f604051808303815f87803b15801561041c575f5ffd5b505af115801561042e573d5f5f3e3d5ffd5b505050505050565b5f7f00000000000000000000000000000000000000000000000000000000000000008383604051610466906104a6565b6001600160a01b03909316835260208301919091526040820152606001604051809103905ff08015801561049c573d5f5f3e3d5ffd5b5090505b92915050565b6101648061064b83390190565b5f5f83601f8401126104c3575f5ffd5b50813567ffffffffffffffff8111156104da575f5ffd5b6020830191508360208260051b85010111156104f4575f5ffd5b9250929050565b5f5f5f5f6040858703121561050e575f5ffd5b843567ffffffffffffffff811115610524575f5ffd5b610530878288016104b3565b909550935050602085013567ffffffffffffffff81111561054f575f5ffd5b61055b878288016104b3565b95989497509550505050565b602080825282518282018190525f918401906040840190835b818110156105a75783516001600160a01b0316835260209384019390920191600101610580565b509095945050505050565b5f602082840312156105c2575f5ffd5b5035919050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b808201808211156104a0576104a06105dd565b634e487b7160e01b5f52604160045260245ffd5b5f8261063257634e487b7160e01b5f52601260045260245ffd5b500490565b818103818111156104a0576104a06105dd56fe608060405234801561000f575f5ffd5b5060405161016438038061016483398101604081905261002e916100fa565b604051636d88f45160e01b8152600481018390523390636d88f451906024015f604051808303815f87803b158015610064575f5ffd5b505af1158015610076573d5f5f3e3d5ffd5b505050505f8111156100f257604051630967fa2960e31b8152600481018290523360248201526001600160a01b03841690634b3fd148906044016020604051808303815f875af11580156100cc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100f09190610139565b505b505050610150565b5f5f5f6060848603121561010c575f5ffd5b83516001600160a01b0381168114610122575f5ffd5b602085015160409095015190969495509392505050565b5f60208284031215610149575f5ffd5b5051919050565b60088061015c5f395ff3fe60806040525f5ffd",
}

// SeedBatch is an auto generated Go binding around an Ethereum contract.
type SeedBatch struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SeedBatch) GetABI() abi.ABI {
	return c.abi
}

// NewSeedBatch creates a new instance of SeedBatch.
func NewSeedBatch() *SeedBatch {
	parsed, err := SeedBatchMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SeedBatch{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SeedBatch) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address market_) returns()
func (seedBatch *SeedBatch) PackConstructor(market_ common.Address) []byte {
	enc, err := seedBatch.abi.Pack("", market_)
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
func (seedBatch *SeedBatch) PackCollateralToken() []byte {
	enc, err := seedBatch.abi.Pack("collateralToken")
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
func (seedBatch *SeedBatch) TryPackCollateralToken() ([]byte, error) {
	return seedBatch.abi.Pack("collateralToken")
}

// UnpackCollateralToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2016bd4.
//
// Solidity: function collateralToken() view returns(address)
func (seedBatch *SeedBatch) UnpackCollateralToken(data []byte) (common.Address, error) {
	out, err := seedBatch.abi.Unpack("collateralToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d88f451.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositFor(uint256 collateral) returns()
func (seedBatch *SeedBatch) PackDepositFor(collateral *big.Int) []byte {
	enc, err := seedBatch.abi.Pack("depositFor", collateral)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6d88f451.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositFor(uint256 collateral) returns()
func (seedBatch *SeedBatch) TryPackDepositFor(collateral *big.Int) ([]byte, error) {
	return seedBatch.abi.Pack("depositFor", collateral)
}

// PackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function market() view returns(address)
func (seedBatch *SeedBatch) PackMarket() []byte {
	enc, err := seedBatch.abi.Pack("market")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarket is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x80f55605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function market() view returns(address)
func (seedBatch *SeedBatch) TryPackMarket() ([]byte, error) {
	return seedBatch.abi.Pack("market")
}

// UnpackMarket is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x80f55605.
//
// Solidity: function market() view returns(address)
func (seedBatch *SeedBatch) UnpackMarket(data []byte) (common.Address, error) {
	out, err := seedBatch.abi.Unpack("market", data)
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
func (seedBatch *SeedBatch) PackSeed(collaterals []*big.Int, debts []*big.Int) []byte {
	enc, err := seedBatch.abi.Pack("seed", collaterals, debts)
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
func (seedBatch *SeedBatch) TryPackSeed(collaterals []*big.Int, debts []*big.Int) ([]byte, error) {
	return seedBatch.abi.Pack("seed", collaterals, debts)
}

// UnpackSeed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x52131e42.
//
// Solidity: function seed(uint256[] collaterals, uint256[] debts) returns(address[] borrowers)
func (seedBatch *SeedBatch) UnpackSeed(data []byte) ([]common.Address, error) {
	out, err := seedBatch.abi.Unpack("seed", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (seedBatch *SeedBatch) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], seedBatch.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return seedBatch.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], seedBatch.abi.Errors["NotSeeding"].ID.Bytes()[:4]) {
		return seedBatch.UnpackNotSeedingError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SeedBatchLengthMismatch represents a LengthMismatch error raised by the SeedBatch contract.
type SeedBatchLengthMismatch struct {
	Collaterals *big.Int
	Debts       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 collaterals, uint256 debts)
func SeedBatchLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 collaterals, uint256 debts)
func (seedBatch *SeedBatch) UnpackLengthMismatchError(raw []byte) (*SeedBatchLengthMismatch, error) {
	out := new(SeedBatchLengthMismatch)
	if err := seedBatch.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SeedBatchNotSeeding represents a NotSeeding error raised by the SeedBatch contract.
type SeedBatchNotSeeding struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeeding(address caller)
func SeedBatchNotSeedingErrorID() common.Hash {
	return common.HexToHash("0x1b0a247e835baa0f7d697cea3000b3876b1cc8ff385b4cd995f65214ab53bfa9")
}

// UnpackNotSeedingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeeding(address caller)
func (seedBatch *SeedBatch) UnpackNotSeedingError(raw []byte) (*SeedBatchNotSeeding, error) {
	out := new(SeedBatchNotSeeding)
	if err := seedBatch.abi.UnpackIntoInterface(out, "NotSeeding", raw); err != nil {
		return nil, err
	}
	return out, nil
}
