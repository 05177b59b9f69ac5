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
	Bin: "0x6080604052348015600e575f5ffd5b50604051612550380380612550833981016040819052602b9160b6565b80806001600160a01b038116605957604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6060816067565b50505060e1565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c5575f5ffd5b81516001600160a01b038116811460da575f5ffd5b9392505050565b612462806100ee5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301681a6214610064578063715018a6146100795780638da5cb5b14610081578063e80125e4146100a0578063f2fde38b146100c1578063fa461e33146100d4575b5f5ffd5b610077610072366004611c3b565b6100e7565b005b61007761010b565b5f546040516001600160a01b0390911681526020015b60405180910390f35b6100b36100ae366004611c56565b61011e565b604051610097929190611cf1565b6100776100cf366004611c3b565b61054f565b6100776100e2366004611d5b565b610589565b6100ef610685565b6100f76106b1565b610100816106e6565b610108610721565b50565b610113610685565b61011c5f61074b565b565b60605f610129610685565b6101316106b1565b5f8490036101525760405163c2e5347d60e01b815260040160405180910390fd5b82606001355f0361017657604051630c96e97b60e31b815260040160405180910390fd5b5f5f6101818861079a565b90925090505f806101986060880160408901611c3b565b6001600160a01b0316146101c7576101c06101b96060880160408901611c3b565b8484610865565b9050610242565b60016101d66020880188611df5565b60018111156101e7576101e7611dd5565b14806101f65750608086013515155b15610242576102086020870187611df5565b6102186040880160208901611df5565b876080013560405163e0477a5560e01b815260040161023993929190611e2c565b60405180910390fd5b6102576001600160a01b0384168a5f196109db565b5f60016102676020890189611df5565b600181111561027857610278611dd5565b036103ff575f61028e8b8b8b8b60600135610a5a565b90508015610386575f6040518060c001604052808d6001600160a01b03168152602001876001600160a01b03168152602001866001600160a01b0316815260200185151581526020018381526020018c8c808060200260200160405190810160405280939291908181526020015f905b8282101561032a5761031b60408302860136819003810190611f18565b815260200190600101906102fe565b50505050508152506040516020016103429190611f81565b60405160208183030381529060405290506103828960400160208101906103699190611c3b565b8561037385610e12565b61037c90612003565b84610e42565b5050505b61038f89610f60565b96505f6103a260408a0160208b01611df5565b60018111156103b3576103b3611dd5565b036103ea576103d26103cb60608a0160408b01611c3b565b85856110b2565b6103e36103de86611136565b610e12565b91506103f9565b6103f66103de85611136565b91505b506104a8565b6104186001600160a01b038516333060608b01356111a4565b6104738a8a8a808060200260200160405190810160405280939291908181526020015f905b828210156104695761045a60408302860136819003810190611f18565b8152602001906001019061043d565b50505050506111da565b95506104a56104886060890160408a01611c3b565b85858561049b60408d0160208e01611df5565b8c60600135611344565b90505b6104b984848c848b608001356113f6565b94505f5f5f6104c78961145b565b919450925090506001600160a01b038d167f632d1ce853ea5062c020f05e1fabf79b2fa9c4fac239d58e9deff9a50248d2d061050660208d018d611df5565b61051660408e0160208f01611df5565b8c518787878f60405161052f979695949392919061201d565b60405180910390a250505050505050610546610721565b94509492505050565b610557610685565b6001600160a01b03811661058057604051631e4fbdf760e01b81525f6004820152602401610239565b6101088161074b565b5f61059483836114ff565b905060608290036105d8575f6105ac8385018561207a565b90506105d182825f015183602001516105c557876105c7565b885b84604001516115ab565b505061067f565b5f6105e58385018561216b565b90505f61060082606001516105fa57876115fa565b866115fa565b905081608001518114610636576080820151604051631055712b60e11b8152610239918391600401918252602082015260400190565b61064f61064a835f01518460a001516111da565b611611565b61067b83836040015184606001516106675788610669565b895b6106768660400151611136565b6115ab565b5050505b50505050565b5f546001600160a01b0316331461011c5760405163118cdaa760e01b8152336004820152602401610239565b6106b9611721565b61011c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611761565b5f6106f082611136565b9050801561071d5761071d61070c5f546001600160a01b031690565b6001600160a01b0384169083611768565b5050565b61011c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006106e0565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f826001600160a01b03166306d378176040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107d8573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107fc9190612229565b836001600160a01b031663b2016bd46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610838573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061085c9190612229565b91509150915091565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108c79190612229565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610906573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061092a9190612229565b9050836001600160a01b0316826001600160a01b03161492505f8361098057856001600160a01b0316836001600160a01b031614801561097b5750846001600160a01b0316826001600160a01b0316145b610996565b856001600160a01b0316826001600160a01b0316145b9050806109d1576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610239565b5050509392505050565b6109e78383835f611775565b610a55576109f883835f6001611775565b610a2057604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b610a2d8383836001611775565b610a5557604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b505050565b5f5f8590505f6040518060a00160405280836001600160a01b0316635891de726040518163ffffffff1660e01b8152600401602060405180830381865afa158015610aa7573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610acb9190612244565b8152602001836001600160a01b0316634fb801d76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b0c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b309190612244565b8152602001836001600160a01b0316637a89dfca6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b71573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b959190612244565b8152602001836001600160a01b0316631d79a0ad6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610bd6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bfa9190612244565b8152602001836001600160a01b0316630203ed4b6040518163ffffffff1660e01b8152600401602060405180830381865afa158015610c3b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c5f9190612244565b905290505f5b8581108015610c7357508484105b15610e07575f878783818110610c8b57610c8b61225b565b610ca19260206040909202019081019150611c3b565b6040516309a6435560e41b81526001600160a01b0380831660048301529192505f91610d1d9190871690639a64355090602401602060405180830381865afa158015610cef573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d139190612244565b85602001516117d7565b90508015801590610db0575060408085015190516352fee2ef60e11b81526001600160a01b038481166004830152610dad91849189169063a5fdc5de90602401602060405180830381865afa158015610d78573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d9c9190612244565b8751606089015160808a01516117f8565b10155b15610df257610de5898985818110610dca57610dca61225b565b905060400201602001358789610de0919061226f565b611847565b610def9087612282565b95505b50508080610dff90612295565b915050610c65565b505050949350505050565b5f6001600160ff1b03821115610e3e5760405163123baf0360e11b815260048101839052602401610239565b5090565b5f80610e645f5160206124425f395f51905f526001600160a01b038816611761565b610e825f5160206124225f395f51905f528480519060200120611761565b856001600160a01b031663128acb0830878789610ebd57610eb8600173fffd8963efd1fc6a4fc78892a0b72bce319f2b876122ad565b610ecd565b610ecd6401000276a360016122cc565b886040518663ffffffff1660e01b8152600401610eee959493929190612319565b60408051808303815f875af1158015610f09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f2d9190612353565b9092509050610f495f5160206124425f395f51905f525f611761565b6105465f5160206124225f395f51905f525f611761565b60607f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f205826001600160401b03811115610f9b57610f9b611e56565b604051908082528060200260200182016040528015610fef57816020015b610fdc60405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610fb95790505b5091505f5b838110156110ab575f611008826003612375565b6110129084612282565b5f1b90506040518060600160405280611029835c90565b1515815260200161104261103e846001612282565b5c90565b815260200161105561103e846002612282565b9052845185908490811061106b5761106b61225b565b6020908102919091010152611080815f611761565b61109461108e826001612282565b5f611761565b6110a261108e826002612282565b50600101610ff4565b5050919050565b5f6110bc83611136565b9050805f036110cb5750505050565b61112e84836110d984610e12565b60408051606080820183526001600160a01b038a1680835289151560208085019182529385018a8152855194850192909252511515838501525182820152825180830390910181526080909101909152610e42565b505050505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa15801561117a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061119e9190612244565b92915050565b6111b2848484846001611856565b61067f57604051635274afe760e01b81526001600160a01b0385166004820152602401610239565b606081516001600160401b038111156111f5576111f5611e56565b60405190808252806020026020018201604052801561124957816020015b61123660405180606001604052805f151581526020015f81526020015f81525090565b8152602001906001900390816112135790505b5090505f5b825181101561133d575f5f5f5f61127e888887815181106112715761127161225b565b60200260200101516118c3565b935093509350935060405180606001604052808515158152602001848152602001838152508686815181106112b5576112b561225b565b60200260200101819052508685815181106112d2576112d261225b565b60200260200101515f01516001600160a01b0316886001600160a01b03167fe8963fc2183833c15538f97cdd77622fe268c16aea8c87ed0d221e11f5d5977c86868686604051611325949392919061238c565b60405180910390a350506001909201915061124e9050565b5092915050565b5f6001600160a01b03871661135a57505f6113ec565b5f83600181111561136d5761136d611dd5565b036113a35761137d8786866110b2565b61138682610e12565b6113926103de88611136565b61139c91906123b2565b90506113ec565b5f6113ad87611136565b90505f8382106113bd575f6113c7565b6113c7828561226f565b905080156113db576113db898888846119a4565b6113e76103de88611136565b925050505b9695505050505050565b5f61140b6001600160a01b03871685836109db565b61141482610e12565b83121561143e57604051634cfb9d1960e01b81526004810184905260248101839052604401610239565b5081611449866106e6565b611452856106e6565b95945050505050565b5f8080805b84518110156114f75784818151811061147b5761147b61225b565b60200260200101515f0151156114ef578361149581612295565b9450508481815181106114aa576114aa61225b565b602002602001015160200151836114c19190612282565b92508481815181106114d5576114d561225b565b602002602001015160400151826114ec9190612282565b91505b600101611460565b509193909250565b5f5160206124425f395f51905f525c6001600160a01b038116158061152d5750336001600160a01b03821614155b8061155d57505f5160206124225f395f51905f525c83836040516115529291906123d1565b604051809103902014155b1561157d5760405163c222118960e01b8152336004820152602401610239565b6115945f5160206124425f395f51905f525f611761565b61119e5f5160206124225f395f51905f525f611761565b5f82131561067f5781818111156115df5760405163b73f0d1760e01b81526004810182905260248101839052604401610239565b6115f36001600160a01b0385168683611768565b5050505050565b5f5f8212611608575f61119e565b61119e82612003565b7f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f2055f5b8251811015610a555761168561164b826003612375565b6116559084612282565b5f1b8483815181106116695761166961225b565b60200260200101515f015161167e575f611761565b6001611761565b6116cf611693826003612375565b61169d9084612282565b6116a8906001612282565b5f1b8483815181106116bc576116bc61225b565b6020026020010151602001515f1b611761565b6117196116dd826003612375565b6116e79084612282565b6116f2906002612282565b5f1b8483815181106117065761170661225b565b6020026020010151604001515f1b611761565b600101611634565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561011c57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b610a2d8383836001611a7d565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117cb5783831516156117bf573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f6117f183836b033b2e3c9fd0803ce80000006001611ac7565b9392505050565b5f855f0361180757505f611452565b5f61181486868686611b09565b9050805f03611827575f19915050611452565b61183c87670de0b6b3a7640000836001611ac7565b979650505050505050565b5f8282188284100282186117f1565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166118b25783831516156118a6573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b8051602082015160405163bcbaf48760e01b81526001600160a01b03928316600482015260248101919091525f91829182916060919087169063bcbaf4879060440160408051808303815f875af192505050801561193e575060408051601f3d908101601f1916820190925261193b91810190612353565b60015b611981573d80801561196b576040519150601f19603f3d011682016040523d82523d5f602084013e611970565b606091505b505f9450849350839250905061199b565b60408051602081019091525f815260019650919450925090505b92959194509250565b5f6040518060600160405280856001600160a01b0316815260200184151581526020016119d086611136565b90526040805182516001600160a01b0316602080830191909152830151151581830152910151606082015260800160405160208183030381529060405290505f5f611a2e8786611a1f87610e12565b611a2890612003565b86610e42565b915091505f611a4786611a4157836115fa565b826115fa565b9050848114611a7357604051631055712b60e11b81526004810182905260248101869052604401610239565b5050505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166117cb5783831516156117bf573d5f823e3d81fd5b5f611af4611ad483611b1e565b8015611aef57505f8480611aea57611aea6123e0565b868809115b151590565b611aff868686611b4a565b6114529190612282565b5f61145285611b188587612375565b84611b4a565b5f6002826003811115611b3357611b33611dd5565b611b3d91906123f4565b60ff166001149050919050565b5f5f5f611b578686611bfa565b91509150815f03611b7b57838181611b7157611b716123e0565b04925050506117f1565b818411611b9257611b926003851502601118611c16565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b6001600160a01b0381168114610108575f5ffd5b5f60208284031215611c4b575f5ffd5b81356117f181611c27565b5f5f5f5f84860360e0811215611c6a575f5ffd5b8535611c7581611c27565b945060208601356001600160401b03811115611c8f575f5ffd5b8601601f81018813611c9f575f5ffd5b80356001600160401b03811115611cb4575f5ffd5b8860208260061b8401011115611cc8575f5ffd5b6020919091019450925060a0603f1982011215611ce3575f5ffd5b509295919450926040019150565b604080825283519082018190525f9060208501906060840190835b81811015611d48578351805115158452602081015160208501526040810151604085015250606083019250602084019350600181019050611d0c565b5050602093909301939093525092915050565b5f5f5f5f60608587031215611d6e575f5ffd5b843593506020850135925060408501356001600160401b03811115611d91575f5ffd5b8501601f81018713611da1575f5ffd5b80356001600160401b03811115611db6575f5ffd5b876020828401011115611dc7575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610108575f5ffd5b5f60208284031215611e05575f5ffd5b81356117f181611de9565b6002811061010857634e487b7160e01b5f52602160045260245ffd5b60608101611e3985611e10565b848252611e4584611e10565b602082019390935260400152919050565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b0381118282101715611e8c57611e8c611e56565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611eba57611eba611e56565b604052919050565b5f60408284031215611ed2575f5ffd5b604080519081016001600160401b0381118282101715611ef457611ef4611e56565b6040529050808235611f0581611c27565b8152602092830135920191909152919050565b5f60408284031215611f28575f5ffd5b6117f18383611ec2565b5f8151808452602084019350602083015f5b82811015611f7757815180516001600160a01b031687526020908101518188015260409096019590910190600101611f44565b5093949350505050565b6020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b036040830151166060820152606082015115156080820152608082015160a08201525f60a083015160c080840152611fe760e0840182611f32565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b820161201757612017611fef565b505f0390565b60e0810161202a89611e10565b88825261203688611e10565b8760208301528660408301528560608301528460808301528360a08301528260c083015298975050505050505050565b80358015158114612075575f5ffd5b919050565b5f606082840312801561208b575f5ffd5b50604051606081016001600160401b03811182821017156120ae576120ae611e56565b60405282356120bc81611c27565b81526120ca60208401612066565b60208201526040928301359281019290925250919050565b5f82601f8301126120f1575f5ffd5b81356001600160401b0381111561210a5761210a611e56565b61211960208260051b01611e92565b8082825260208201915060208360061b86010192508583111561213a575f5ffd5b602085015b83811015612161576121518782611ec2565b835260209092019160400161213f565b5095945050505050565b5f6020828403121561217b575f5ffd5b81356001600160401b03811115612190575f5ffd5b820160c081850312156121a1575f5ffd5b6121a9611e6a565b81356121b481611c27565b815260208201356121c481611c27565b602082015260408201356121d781611c27565b60408201526121e860608301612066565b60608201526080828101359082015260a08201356001600160401b0381111561220f575f5ffd5b61221b868285016120e2565b60a083015250949350505050565b5f60208284031215612239575f5ffd5b81516117f181611c27565b5f60208284031215612254575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b8181038181111561119e5761119e611fef565b8082018082111561119e5761119e611fef565b5f600182016122a6576122a6611fef565b5060010190565b6001600160a01b03828116828216039081111561119e5761119e611fef565b6001600160a01b03818116838216019081111561119e5761119e611fef565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f9061183c908301846122eb565b5f5f60408385031215612364575f5ffd5b505080516020909101519092909150565b808202811582820484141761119e5761119e611fef565b8415158152836020820152826040820152608060608201525f6113ec60808301846122eb565b8181035f83128015838313168383128216171561133d5761133d611fef565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f60ff83168061241257634e487b7160e01b5f52601260045260245ffd5b8060ff8416069150509291505056fed4b440a74738e161c171d979d0e37a347351de3411f11905d7969dd09643de4274d3e6f18ea4bdc24fdca38712ac7705cbe471f33729f9911c43a03193f2e3a0",
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
