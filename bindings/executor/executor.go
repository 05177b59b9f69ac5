// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package executor

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

// BatchExecutorAttempt is an auto generated low-level Go binding around an user-defined struct.
type BatchExecutorAttempt struct {
	Success bool
	Repaid  *big.Int
	Seized  *big.Int
}

// LiquidationExecutorLiquidation is an auto generated low-level Go binding around an user-defined struct.
type LiquidationExecutorLiquidation struct {
	Borrower common.Address
	MaxRepay *big.Int
}

// LiquidationExecutorParams is an auto generated low-level Go binding around an user-defined struct.
type LiquidationExecutorParams struct {
	Funding     uint8
	ProfitToken uint8
	Pool        common.Address
	LoanAmount  *big.Int
	MinProfit   *big.Int
}

// LiquidationExecutorMetaData contains all meta data concerning the LiquidationExecutor contract.
var LiquidationExecutorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"liquidate\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"liquidations\",\"type\":\"tuple[]\",\"internalType\":\"structLiquidationExecutor.Liquidation[]\",\"components\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxRepay\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structLiquidationExecutor.Params\",\"components\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"},{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"attempts\",\"type\":\"tuple[]\",\"internalType\":\"structBatchExecutor.Attempt[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"profit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3SwapCallback\",\"inputs\":[{\"name\":\"amount0Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchLiquidated\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"funding\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"attempted\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"succeeded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"profit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LiquidationAttempted\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"borrower\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CollateralShort\",\"inputs\":[{\"name\":\"owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"held\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PartialFill\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wanted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolRequired\",\"inputs\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolTokensMismatch\",\"inputs\":[{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token0\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token1\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProfitBelowMinimum\",\"inputs\":[{\"name\":\"profit\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintToInt\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnexpectedCallback\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroLoanAmount\",\"inputs\":[]}]",
	ID:  "LiquidationExecutor",
	Bin: "0x6080604052348015600e575f5ffd5b5060405161222e38038061222e833981016040819052602b9160b6565b80806001600160a01b038116605957604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6060816067565b50505060e1565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c5575f5ffd5b81516001600160a01b038116811460da575f5ffd5b9392505050565b612140806100ee5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301681a6214610064578063715018a6146100795780638da5cb5b14610081578063e80125e4146100a0578063f2fde38b146100c1578063fa461e33146100d4575b5f5ffd5b610077610072366004611865565b6100e7565b005b61007761010b565b5f546040516001600160a01b0390911681526020015b60405180910390f35b6100b36100ae366004611880565b61011e565b60405161009792919061191b565b6100776100cf366004611865565b61054f565b6100776100e2366004611985565b610589565b6100ef610685565b6100f76106b1565b610100816106e6565b610108610721565b50565b610113610685565b61011c5f61074b565b565b60605f610129610685565b6101316106b1565b5f8490036101525760405163c2e5347d60e01b815260040160405180910390fd5b82606001355f0361017657604051630c96e97b60e31b815260040160405180910390fd5b5f5f6101818861079a565b90925090505f806101986060880160408901611865565b6001600160a01b0316146101c7576101c06101b96060880160408901611865565b8484610865565b9050610242565b60016101d66020880188611a1f565b60018111156101e7576101e76119ff565b14806101f65750608086013515155b15610242576102086020870187611a1f565b6102186040880160208901611a1f565b876080013560405163e0477a5560e01b815260040161023993929190611a56565b60405180910390fd5b6102576001600160a01b0384168a5f196109db565b5f60016102676020890189611a1f565b6001811115610278576102786119ff565b036103ff575f61028e8b8b8b8b60600135610a5a565b90508015610386575f6040518060c001604052808d6001600160a01b03168152602001876001600160a01b03168152602001866001600160a01b0316815260200185151581526020018381526020018c8c808060200260200160405190810160405280939291908181526020015f905b8282101561032a5761031b60408302860136819003810190611b42565b815260200190600101906102fe565b50505050508152506040516020016103429190611bab565b60405160208183030381529060405290506103828960400160208101906103699190611865565b8561037385610c09565b61037c90611c25565b84610c39565b5050505b61038f89610d57565b96505f6103a260408a0160208b01611a1f565b60018111156103b3576103b36119ff565b036103ea576103d26103cb60608a0160408b01611865565b8585610ea9565b6103e36103de86610f2d565b610c09565b91506103f9565b6103f66103de85610f2d565b91505b506104a8565b6104186001600160a01b038516333060608b0135610f9b565b6104738a8a8a808060200260200160405190810160405280939291908181526020015f905b828210156104695761045a60408302860136819003810190611b42565b8152602001906001019061043d565b5050505050610fd1565b95506104a56104886060890160408a01611865565b85858561049b60408d0160208e01611a1f565b8c6060013561113b565b90505b6104b984848c848b608001356111ed565b94505f5f5f6104c789611252565b919450925090506001600160a01b038d167f632d1ce853ea5062c020f05e1fabf79b2fa9c4fac239d58e9deff9a50248d2d061050660208d018d611a1f565b61051660408e0160208f01611a1f565b8c518787878f60405161052f9796959493929190611c3f565b60405180910390a250505050505050610546610721565b94509492505050565b610557610685565b6001600160a01b03811661058057604051631e4fbdf760e01b81525f6004820152602401610239565b6101088161074b565b5f61059483836112f6565b905060608290036105d8575f6105ac83850185611ca5565b90506105d182825f015183602001516105c557876105c7565b885b84604001516113a2565b505061067f565b5f6105e583850185611da5565b90505f61060082606001516105fa57876113f1565b866113f1565b905081608001518114610636576080820151604051631055712b60e11b8152610239918391600401918252602082015260400190565b61064f61064a835f01518460a00151610fd1565b611408565b61067b83836040015184606001516106675788610669565b895b6106768660400151610f2d565b6113a2565b5050505b50505050565b5f546001600160a01b0316331461011c5760405163118cdaa760e01b8152336004820152602401610239565b6106b9611518565b61011c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611558565b5f6106f082610f2d565b9050801561071d5761071d61070c5f546001600160a01b031690565b6001600160a01b038416908361155f565b5050565b61011c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006106e0565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f826001600160a01b03166306d378176040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107fc9190611e63565b836001600160a01b031663b2016bd46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610838573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061085c9190611e63565b91509150915091565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108c79190611e63565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092a9190611e63565b9050836001600160a01b0316826001600160a01b03161492505f8361098057856001600160a01b0316836001600160a01b031614801561097b5750846001600160a01b0316826001600160a01b0316145b610996565b856001600160a01b0316826001600160a01b0316145b9050806109d1576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610239565b5050509392505050565b6109e78383835f61156c565b610a55576109f883835f600161156c565b610a2057604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b610a2d838383600161156c565b610a5557604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b505050565b5f80836001600160401b03811115610a7457610a74611a80565b604051908082528060200260200182016040528015610a9d578160200160208202803683370190505b5090505f5b84811015610b0457858582818110610abc57610abc611e7e565b610ad29260206040909202019081019150611865565b828281518110610ae457610ae4611e7e565b6001600160a01b0390921660209283029190910190910152600101610aa2565b50604051633527c8c760e11b81526001600160a01b03871690636a4f918e90610b31908490600401611e92565b5f60405180830381865afa925050508015610b6d57506040513d5f823e601f3d908101601f19168201604052610b6a9190810190611edd565b60015b610b7a5782915050610c01565b5f5b8581108015610b8a57508484105b15610bfd57818181518110610ba157610ba1611e7e565b602002602001015115610beb57610bde878783818110610bc357610bc3611e7e565b905060400201602001358587610bd99190611f6c565b6115ce565b610be89085611f7f565b93505b80610bf581611f92565b915050610b7c565b5050505b949350505050565b5f6001600160ff1b03821115610c355760405163123baf0360e11b815260048101839052602401610239565b5090565b5f80610c5b5f5160206121205f395f51905f526001600160a01b038816611558565b610c795f5160206121005f395f51905f528480519060200120611558565b856001600160a01b031663128acb0830878789610cb457610caf600173fffd8963efd1fc6a4fc78892a0b72bce319f2b87611faa565b610cc4565b610cc46401000276a36001611fc9565b886040518663ffffffff1660e01b8152600401610ce5959493929190612016565b60408051808303815f875af1158015610d00573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d24919061205b565b9092509050610d405f5160206121205f395f51905f525f611558565b6105465f5160206121005f395f51905f525f611558565b60607f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f205826001600160401b03811115610d9257610d92611a80565b604051908082528060200260200182016040528015610de657816020015b610dd360405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610db05790505b5091505f5b83811015610ea2575f610dff82600361207d565b610e099084611f7f565b5f1b90506040518060600160405280610e20835c90565b15158152602001610e39610e35846001611f7f565b5c90565b8152602001610e4c610e35846002611f7f565b90528451859084908110610e6257610e62611e7e565b6020908102919091010152610e77815f611558565b610e8b610e85826001611f7f565b5f611558565b610e99610e85826002611f7f565b50600101610deb565b5050919050565b5f610eb383610f2d565b9050805f03610ec25750505050565b610f258483610ed084610c09565b60408051606080820183526001600160a01b038a1680835289151560208085019182529385018a8152855194850192909252511515838501525182820152825180830390910181526080909101909152610c39565b505050505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610f71573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f959190612094565b92915050565b610fa98484848460016115e0565b61067f57604051635274afe760e01b81526001600160a01b0385166004820152602401610239565b606081516001600160401b03811115610fec57610fec611a80565b60405190808252806020026020018201604052801561104057816020015b61102d60405180606001604052805f151581526020015f81526020015f81525090565b81526020019060019003908161100a5790505b5090505f5b8251811015611134575f5f5f5f6110758888878151811061106857611068611e7e565b602002602001015161164d565b935093509350935060405180606001604052808515158152602001848152602001838152508686815181106110ac576110ac611e7e565b60200260200101819052508685815181106110c9576110c9611e7e565b60200260200101515f01516001600160a01b0316886001600160a01b03167fe8963fc2183833c15538f97cdd77622fe268c16aea8c87ed0d221e11f5d5977c8686868660405161111c94939291906120ab565b60405180910390a35050600190920191506110459050565b5092915050565b5f6001600160a01b03871661115157505f6111e3565b5f836001811115611164576111646119ff565b0361119a57611174878686610ea9565b61117d82610c09565b6111896103de88610f2d565b61119391906120d1565b90506111e3565b5f6111a487610f2d565b90505f8382106111b4575f6111be565b6111be8285611f6c565b905080156111d2576111d28988888461172e565b6111de6103de88610f2d565b925050505b9695505050505050565b5f6112026001600160a01b03871685836109db565b61120b82610c09565b83121561123557604051634cfb9d1960e01b81526004810184905260248101839052604401610239565b5081611240866106e6565b611249856106e6565b95945050505050565b5f8080805b84518110156112ee5784818151811061127257611272611e7e565b60200260200101515f0151156112e6578361128c81611f92565b9450508481815181106112a1576112a1611e7e565b602002602001015160200151836112b89190611f7f565b92508481815181106112cc576112cc611e7e565b602002602001015160400151826112e39190611f7f565b91505b600101611257565b509193909250565b5f5160206121205f395f51905f525c6001600160a01b03811615806113245750336001600160a01b03821614155b8061135457505f5160206121005f395f51905f525c83836040516113499291906120f0565b604051809103902014155b156113745760405163c222118960e01b8152336004820152602401610239565b61138b5f5160206121205f395f51905f525f611558565b610f955f5160206121005f395f51905f525f611558565b5f82131561067f5781818111156113d65760405163b73f0d1760e01b81526004810182905260248101839052604401610239565b6113ea6001600160a01b038516868361155f565b5050505050565b5f5f82126113ff575f610f95565b610f9582611c25565b7f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f2055f5b8251811015610a555761147c61144282600361207d565b61144c9084611f7f565b5f1b84838151811061146057611460611e7e565b60200260200101515f0151611475575f611558565b6001611558565b6114c661148a82600361207d565b6114949084611f7f565b61149f906001611f7f565b5f1b8483815181106114b3576114b3611e7e565b6020026020010151602001515f1b611558565b6115106114d482600361207d565b6114de9084611f7f565b6114e9906002611f7f565b5f1b8483815181106114fd576114fd611e7e565b6020026020010151604001515f1b611558565b60010161142b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561011c57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b610a2d8383836001611807565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166115c25783831516156115b6573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f8282188284100282185b9392505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661163c578383151615611630573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b8051602082015160405163bcbaf48760e01b81526001600160a01b03928316600482015260248101919091525f91829182916060919087169063bcbaf4879060440160408051808303815f875af19250505080156116c8575060408051601f3d908101601f191682019092526116c59181019061205b565b60015b61170b573d8080156116f5576040519150601f19603f3d011682016040523d82523d5f602084013e6116fa565b606091505b505f94508493508392509050611725565b60408051602081019091525f815260019650919450925090505b92959194509250565b5f6040518060600160405280856001600160a01b03168152602001841515815260200161175a86610f2d565b90526040805182516001600160a01b0316602080830191909152830151151581830152910151606082015260800160405160208183030381529060405290505f5f6117b887866117a987610c09565b6117b290611c25565b86610c39565b915091505f6117d1866117cb57836113f1565b826113f1565b90508481146117fd57604051631055712b60e11b81526004810182905260248101869052604401610239565b5050505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166115c25783831516156115b6573d5f823e3d81fd5b6001600160a01b0381168114610108575f5ffd5b5f60208284031215611875575f5ffd5b81356115d981611851565b5f5f5f5f84860360e0811215611894575f5ffd5b853561189f81611851565b945060208601356001600160401b038111156118b9575f5ffd5b8601601f810188136118c9575f5ffd5b80356001600160401b038111156118de575f5ffd5b8860208260061b84010111156118f2575f5ffd5b6020919091019450925060a0603f198201121561190d575f5ffd5b509295919450926040019150565b604080825283519082018190525f9060208501906060840190835b81811015611972578351805115158452602081015160208501526040810151604085015250606083019250602084019350600181019050611936565b5050602093909301939093525092915050565b5f5f5f5f60608587031215611998575f5ffd5b843593506020850135925060408501356001600160401b038111156119bb575f5ffd5b8501601f810187136119cb575f5ffd5b80356001600160401b038111156119e0575f5ffd5b8760208284010111156119f1575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610108575f5ffd5b5f60208284031215611a2f575f5ffd5b81356115d981611a13565b6002811061010857634e487b7160e01b5f52602160045260245ffd5b60608101611a6385611a3a565b848252611a6f84611a3a565b602082019390935260400152919050565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715611ab657611ab6611a80565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611ae457611ae4611a80565b604052919050565b5f60408284031215611afc575f5ffd5b604080519081016001600160401b0381118282101715611b1e57611b1e611a80565b6040529050808235611b2f81611851565b8152602092830135920191909152919050565b5f60408284031215611b52575f5ffd5b6115d98383611aec565b5f8151808452602084019350602083015f5b82811015611ba157815180516001600160a01b031687526020908101518188015260409096019590910190600101611b6e565b5093949350505050565b6020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b036040830151166060820152606082015115156080820152608082015160a08201525f60a083015160c080840152610c0160e0840182611b5c565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b8201611c3957611c39611c11565b505f0390565b60e08101611c4c89611a3a565b888252611c5888611a3a565b8760208301528660408301528560608301528460808301528360a08301528260c083015298975050505050505050565b8015158114610108575f5ffd5b8035611ca081611c88565b919050565b5f6060828403128015611cb6575f5ffd5b50604051606081016001600160401b0381118282101715611cd957611cd9611a80565b6040528235611ce781611851565b81526020830135611cf781611c88565b60208201526040928301359281019290925250919050565b5f6001600160401b03821115611d2757611d27611a80565b5060051b60200190565b5f82601f830112611d40575f5ffd5b8135611d53611d4e82611d0f565b611abc565b8082825260208201915060208360061b860101925085831115611d74575f5ffd5b602085015b83811015611d9b57611d8b8782611aec565b8352602090920191604001611d79565b5095945050505050565b5f60208284031215611db5575f5ffd5b81356001600160401b03811115611dca575f5ffd5b820160c08185031215611ddb575f5ffd5b611de3611a94565b8135611dee81611851565b81526020820135611dfe81611851565b60208201526040820135611e1181611851565b6040820152611e2260608301611c95565b60608201526080828101359082015260a08201356001600160401b03811115611e49575f5ffd5b611e5586828501611d31565b60a083015250949350505050565b5f60208284031215611e73575f5ffd5b81516115d981611851565b634e487b7160e01b5f52603260045260245ffd5b602080825282518282018190525f918401906040840190835b81811015611ed25783516001600160a01b0316835260209384019390920191600101611eab565b509095945050505050565b5f60208284031215611eed575f5ffd5b81516001600160401b03811115611f02575f5ffd5b8201601f81018413611f12575f5ffd5b8051611f20611d4e82611d0f565b8082825260208201915060208360051b850101925086831115611f41575f5ffd5b6020840193505b828410156111e3578351611f5b81611c88565b825260209384019390910190611f48565b81810381811115610f9557610f95611c11565b80820180821115610f9557610f95611c11565b5f60018201611fa357611fa3611c11565b5060010190565b6001600160a01b038281168282160390811115610f9557610f95611c11565b6001600160a01b038181168382160190811115610f9557610f95611c11565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f9061205090830184611fe8565b979650505050505050565b5f5f6040838503121561206c575f5ffd5b505080516020909101519092909150565b8082028115828204841417610f9557610f95611c11565b5f602082840312156120a4575f5ffd5b5051919050565b8415158152836020820152826040820152608060608201525f6111e36080830184611fe8565b8181035f83128015838313168383128216171561113457611134611c11565b818382375f910190815291905056fed4b440a74738e161c171d979d0e37a347351de3411f11905d7969dd09643de4274d3e6f18ea4bdc24fdca38712ac7705cbe471f33729f9911c43a03193f2e3a0",
}

// LiquidationExecutor is an auto generated Go binding around an Ethereum contract.
type LiquidationExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LiquidationExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewLiquidationExecutor creates a new instance of LiquidationExecutor.
func NewLiquidationExecutor() *LiquidationExecutor {
	parsed, err := LiquidationExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LiquidationExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LiquidationExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address initialOwner) returns()
func (liquidationExecutor *LiquidationExecutor) PackConstructor(initialOwner common.Address) []byte {
	enc, err := liquidationExecutor.abi.Pack("", initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe80125e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate(address market, (address,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (liquidationExecutor *LiquidationExecutor) PackLiquidate(market common.Address, liquidations []LiquidationExecutorLiquidation, params LiquidationExecutorParams) []byte {
	enc, err := liquidationExecutor.abi.Pack("liquidate", market, liquidations, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe80125e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate(address market, (address,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (liquidationExecutor *LiquidationExecutor) TryPackLiquidate(market common.Address, liquidations []LiquidationExecutorLiquidation, params LiquidationExecutorParams) ([]byte, error) {
	return liquidationExecutor.abi.Pack("liquidate", market, liquidations, params)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Attempts []BatchExecutorAttempt
	Profit   *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe80125e4.
//
// Solidity: function liquidate(address market, (address,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (liquidationExecutor *LiquidationExecutor) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := liquidationExecutor.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Attempts = *abi.ConvertType(out[0], new([]BatchExecutorAttempt)).(*[]BatchExecutorAttempt)
	outstruct.Profit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (liquidationExecutor *LiquidationExecutor) PackOwner() []byte {
	enc, err := liquidationExecutor.abi.Pack("owner")
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
func (liquidationExecutor *LiquidationExecutor) TryPackOwner() ([]byte, error) {
	return liquidationExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (liquidationExecutor *LiquidationExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := liquidationExecutor.abi.Unpack("owner", data)
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
func (liquidationExecutor *LiquidationExecutor) PackRenounceOwnership() []byte {
	enc, err := liquidationExecutor.abi.Pack("renounceOwnership")
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
func (liquidationExecutor *LiquidationExecutor) TryPackRenounceOwnership() ([]byte, error) {
	return liquidationExecutor.abi.Pack("renounceOwnership")
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01681a62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token) returns()
func (liquidationExecutor *LiquidationExecutor) PackSweep(token common.Address) []byte {
	enc, err := liquidationExecutor.abi.Pack("sweep", token)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01681a62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address token) returns()
func (liquidationExecutor *LiquidationExecutor) TryPackSweep(token common.Address) ([]byte, error) {
	return liquidationExecutor.abi.Pack("sweep", token)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (liquidationExecutor *LiquidationExecutor) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := liquidationExecutor.abi.Pack("transferOwnership", newOwner)
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
func (liquidationExecutor *LiquidationExecutor) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return liquidationExecutor.abi.Pack("transferOwnership", newOwner)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (liquidationExecutor *LiquidationExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := liquidationExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (liquidationExecutor *LiquidationExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return liquidationExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// LiquidationExecutorBatchLiquidated represents a BatchLiquidated event raised by the LiquidationExecutor contract.
type LiquidationExecutorBatchLiquidated struct {
	Market      common.Address
	Funding     uint8
	ProfitToken uint8
	Attempted   *big.Int
	Succeeded   *big.Int
	Repaid      *big.Int
	Seized      *big.Int
	Profit      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const LiquidationExecutorBatchLiquidatedEventName = "BatchLiquidated"

// ContractEventName returns the user-defined event name.
func (LiquidationExecutorBatchLiquidated) ContractEventName() string {
	return LiquidationExecutorBatchLiquidatedEventName
}

// UnpackBatchLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchLiquidated(address indexed market, uint8 funding, uint8 profitToken, uint256 attempted, uint256 succeeded, uint256 repaid, uint256 seized, uint256 profit)
func (liquidationExecutor *LiquidationExecutor) UnpackBatchLiquidatedEvent(log *types.Log) (*LiquidationExecutorBatchLiquidated, error) {
	event := "BatchLiquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidationExecutorBatchLiquidated)
	if len(log.Data) > 0 {
		if err := liquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidationExecutor.abi.Events[event].Inputs {
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

// LiquidationExecutorLiquidationAttempted represents a LiquidationAttempted event raised by the LiquidationExecutor contract.
type LiquidationExecutorLiquidationAttempted struct {
	Market   common.Address
	Borrower common.Address
	Success  bool
	Repaid   *big.Int
	Seized   *big.Int
	Reason   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const LiquidationExecutorLiquidationAttemptedEventName = "LiquidationAttempted"

// ContractEventName returns the user-defined event name.
func (LiquidationExecutorLiquidationAttempted) ContractEventName() string {
	return LiquidationExecutorLiquidationAttemptedEventName
}

// UnpackLiquidationAttemptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationAttempted(address indexed market, address indexed borrower, bool success, uint256 repaid, uint256 seized, bytes reason)
func (liquidationExecutor *LiquidationExecutor) UnpackLiquidationAttemptedEvent(log *types.Log) (*LiquidationExecutorLiquidationAttempted, error) {
	event := "LiquidationAttempted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidationExecutorLiquidationAttempted)
	if len(log.Data) > 0 {
		if err := liquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidationExecutor.abi.Events[event].Inputs {
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

// LiquidationExecutorOwnershipTransferred represents a OwnershipTransferred event raised by the LiquidationExecutor contract.
type LiquidationExecutorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LiquidationExecutorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LiquidationExecutorOwnershipTransferred) ContractEventName() string {
	return LiquidationExecutorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (liquidationExecutor *LiquidationExecutor) UnpackOwnershipTransferredEvent(log *types.Log) (*LiquidationExecutorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidationExecutorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := liquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidationExecutor.abi.Events[event].Inputs {
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
func (liquidationExecutor *LiquidationExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["CollateralShort"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackCollateralShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["PartialFill"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackPartialFillError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["PoolRequired"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackPoolRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["PoolTokensMismatch"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackPoolTokensMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["ProfitBelowMinimum"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackProfitBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["SafeCastOverflowedUintToInt"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackSafeCastOverflowedUintToIntError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["UnexpectedCallback"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackUnexpectedCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidationExecutor.abi.Errors["ZeroLoanAmount"].ID.Bytes()[:4]) {
		return liquidationExecutor.UnpackZeroLoanAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LiquidationExecutorCollateralShort represents a CollateralShort error raised by the LiquidationExecutor contract.
type LiquidationExecutorCollateralShort struct {
	Owed *big.Int
	Held *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralShort(uint256 owed, uint256 held)
func LiquidationExecutorCollateralShortErrorID() common.Hash {
	return common.HexToHash("0xb73f0d1770c76f6559dab2293edcf46385c8b58c6d01c587715687310d8f6997")
}

// UnpackCollateralShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralShort(uint256 owed, uint256 held)
func (liquidationExecutor *LiquidationExecutor) UnpackCollateralShortError(raw []byte) (*LiquidationExecutorCollateralShort, error) {
	out := new(LiquidationExecutorCollateralShort)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "CollateralShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorEmptyBatch represents a EmptyBatch error raised by the LiquidationExecutor contract.
type LiquidationExecutorEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func LiquidationExecutorEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (liquidationExecutor *LiquidationExecutor) UnpackEmptyBatchError(raw []byte) (*LiquidationExecutorEmptyBatch, error) {
	out := new(LiquidationExecutorEmptyBatch)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the LiquidationExecutor contract.
type LiquidationExecutorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func LiquidationExecutorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (liquidationExecutor *LiquidationExecutor) UnpackOwnableInvalidOwnerError(raw []byte) (*LiquidationExecutorOwnableInvalidOwner, error) {
	out := new(LiquidationExecutorOwnableInvalidOwner)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the LiquidationExecutor contract.
type LiquidationExecutorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func LiquidationExecutorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (liquidationExecutor *LiquidationExecutor) UnpackOwnableUnauthorizedAccountError(raw []byte) (*LiquidationExecutorOwnableUnauthorizedAccount, error) {
	out := new(LiquidationExecutorOwnableUnauthorizedAccount)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorPartialFill represents a PartialFill error raised by the LiquidationExecutor contract.
type LiquidationExecutorPartialFill struct {
	Received *big.Int
	Wanted   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartialFill(uint256 received, uint256 wanted)
func LiquidationExecutorPartialFillErrorID() common.Hash {
	return common.HexToHash("0x20aae256be3cace9c4f7d6a762653caa900a93b7d3b9aa8965ffbd1ee9931e55")
}

// UnpackPartialFillError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartialFill(uint256 received, uint256 wanted)
func (liquidationExecutor *LiquidationExecutor) UnpackPartialFillError(raw []byte) (*LiquidationExecutorPartialFill, error) {
	out := new(LiquidationExecutorPartialFill)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "PartialFill", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorPoolRequired represents a PoolRequired error raised by the LiquidationExecutor contract.
type LiquidationExecutorPoolRequired struct {
	Funding     uint8
	ProfitToken uint8
	MinProfit   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolRequired(uint8 funding, uint8 profitToken, uint256 minProfit)
func LiquidationExecutorPoolRequiredErrorID() common.Hash {
	return common.HexToHash("0xe0477a55c5cced74abbe1622f1f387ef78a669d9284fded0adbffc339c416b51")
}

// UnpackPoolRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolRequired(uint8 funding, uint8 profitToken, uint256 minProfit)
func (liquidationExecutor *LiquidationExecutor) UnpackPoolRequiredError(raw []byte) (*LiquidationExecutorPoolRequired, error) {
	out := new(LiquidationExecutorPoolRequired)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "PoolRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorPoolTokensMismatch represents a PoolTokensMismatch error raised by the LiquidationExecutor contract.
type LiquidationExecutorPoolTokensMismatch struct {
	Pool   common.Address
	Token0 common.Address
	Token1 common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolTokensMismatch(address pool, address token0, address token1)
func LiquidationExecutorPoolTokensMismatchErrorID() common.Hash {
	return common.HexToHash("0x53c1b15671fbb2af3088096a84556449b4114e66d75c224cbd74521a16aba7bd")
}

// UnpackPoolTokensMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolTokensMismatch(address pool, address token0, address token1)
func (liquidationExecutor *LiquidationExecutor) UnpackPoolTokensMismatchError(raw []byte) (*LiquidationExecutorPoolTokensMismatch, error) {
	out := new(LiquidationExecutorPoolTokensMismatch)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "PoolTokensMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorProfitBelowMinimum represents a ProfitBelowMinimum error raised by the LiquidationExecutor contract.
type LiquidationExecutorProfitBelowMinimum struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func LiquidationExecutorProfitBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x4cfb9d19b76615e32d0ab5e90c85ec152649ac5290c276c98ec48573e598e1e3")
}

// UnpackProfitBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func (liquidationExecutor *LiquidationExecutor) UnpackProfitBelowMinimumError(raw []byte) (*LiquidationExecutorProfitBelowMinimum, error) {
	out := new(LiquidationExecutorProfitBelowMinimum)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "ProfitBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the LiquidationExecutor contract.
type LiquidationExecutorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func LiquidationExecutorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (liquidationExecutor *LiquidationExecutor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*LiquidationExecutorReentrancyGuardReentrantCall, error) {
	out := new(LiquidationExecutorReentrancyGuardReentrantCall)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorSafeCastOverflowedUintToInt represents a SafeCastOverflowedUintToInt error raised by the LiquidationExecutor contract.
type LiquidationExecutorSafeCastOverflowedUintToInt struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func LiquidationExecutorSafeCastOverflowedUintToIntErrorID() common.Hash {
	return common.HexToHash("0x24775e0629ae69d78c11bae050651b81820407f300ff750ff2be51e4ce75c37f")
}

// UnpackSafeCastOverflowedUintToIntError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func (liquidationExecutor *LiquidationExecutor) UnpackSafeCastOverflowedUintToIntError(raw []byte) (*LiquidationExecutorSafeCastOverflowedUintToInt, error) {
	out := new(LiquidationExecutorSafeCastOverflowedUintToInt)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintToInt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the LiquidationExecutor contract.
type LiquidationExecutorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func LiquidationExecutorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (liquidationExecutor *LiquidationExecutor) UnpackSafeERC20FailedOperationError(raw []byte) (*LiquidationExecutorSafeERC20FailedOperation, error) {
	out := new(LiquidationExecutorSafeERC20FailedOperation)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorUnexpectedCallback represents a UnexpectedCallback error raised by the LiquidationExecutor contract.
type LiquidationExecutorUnexpectedCallback struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCallback(address caller)
func LiquidationExecutorUnexpectedCallbackErrorID() common.Hash {
	return common.HexToHash("0xc22211893c133ccd1239237c27ad3df52f6d98ed96ab7424ec759428d81e3e79")
}

// UnpackUnexpectedCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCallback(address caller)
func (liquidationExecutor *LiquidationExecutor) UnpackUnexpectedCallbackError(raw []byte) (*LiquidationExecutorUnexpectedCallback, error) {
	out := new(LiquidationExecutorUnexpectedCallback)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "UnexpectedCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidationExecutorZeroLoanAmount represents a ZeroLoanAmount error raised by the LiquidationExecutor contract.
type LiquidationExecutorZeroLoanAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroLoanAmount()
func LiquidationExecutorZeroLoanAmountErrorID() common.Hash {
	return common.HexToHash("0x64b74bd83ba3b327b4325089e2f178dff48b0bc592747cd65b8e032db4332a56")
}

// UnpackZeroLoanAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroLoanAmount()
func (liquidationExecutor *LiquidationExecutor) UnpackZeroLoanAmountError(raw []byte) (*LiquidationExecutorZeroLoanAmount, error) {
	out := new(LiquidationExecutorZeroLoanAmount)
	if err := liquidationExecutor.abi.UnpackIntoInterface(out, "ZeroLoanAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
