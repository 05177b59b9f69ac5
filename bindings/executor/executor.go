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
	Bin: "0x6080604052348015600e575f5ffd5b50604051611f78380380611f78833981016040819052602b9160b6565b80806001600160a01b038116605957604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6060816067565b50505060e1565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c5575f5ffd5b81516001600160a01b038116811460da575f5ffd5b9392505050565b611e8a806100ee5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301681a6214610064578063715018a6146100795780638da5cb5b14610081578063e80125e4146100a0578063f2fde38b146100c1578063fa461e33146100d4575b5f5ffd5b610077610072366004611692565b6100e7565b005b61007761010b565b5f546040516001600160a01b0390911681526020015b60405180910390f35b6100b36100ae3660046116b4565b61011e565b60405161009792919061174f565b6100776100cf366004611692565b61053d565b6100776100e23660046117b9565b610577565b6100ef610673565b6100f761069f565b610100816106d4565b61010861070f565b50565b610113610673565b61011c5f610739565b565b60605f610129610673565b61013161069f565b5f8490036101525760405163c2e5347d60e01b815260040160405180910390fd5b82606001355f0361017657604051630c96e97b60e31b815260040160405180910390fd5b5f5f61018188610788565b90925090505f806101986060880160408901611692565b6001600160a01b0316146101c7576101c06101b96060880160408901611692565b8484610853565b9050610242565b60016101d66020880188611853565b60018111156101e7576101e7611833565b14806101f65750608086013515155b15610242576102086020870187611853565b6102186040880160208901611853565b876080013560405163e0477a5560e01b81526004016102399392919061188a565b60405180910390fd5b6102576001600160a01b0384168a5f196109c9565b5f60016102676020890189611853565b600181111561027857610278611833565b036103ed575f6040518060c001604052808c6001600160a01b03168152602001866001600160a01b03168152602001856001600160a01b031681526020018415158152602001896060013581526020018b8b808060200260200160405190810160405280939291908181526020015f905b828210156103155761030660408302860136819003810190611976565b815260200190600101906102e9565b505050505081525060405160200161032d91906119df565b60405160208183030381529060405290506103718860400160208101906103549190611692565b846103628b60600135610a48565b61036b90611a61565b84610a78565b5061037d905089610b96565b96505f61039060408a0160208b01611853565b60018111156103a1576103a1611833565b036103d8576103c06103b960608a0160408b01611692565b8585610ce8565b6103d16103cc86610d6c565b610a48565b91506103e7565b6103e46103cc85610d6c565b91505b50610496565b6104066001600160a01b038516333060608b0135610dda565b6104618a8a8a808060200260200160405190810160405280939291908181526020015f905b828210156104575761044860408302860136819003810190611976565b8152602001906001019061042b565b5050505050610e10565b95506104936104766060890160408a01611692565b85858561048960408d0160208e01611853565b8c60600135610f7a565b90505b6104a784848c848b6080013561102c565b94505f5f5f6104b589611091565b919450925090506001600160a01b038d167f632d1ce853ea5062c020f05e1fabf79b2fa9c4fac239d58e9deff9a50248d2d06104f460208d018d611853565b61050460408e0160208f01611853565b8c518787878f60405161051d9796959493929190611a7b565b60405180910390a25050505050505061053461070f565b94509492505050565b610545610673565b6001600160a01b03811661056e57604051631e4fbdf760e01b81525f6004820152602401610239565b61010881610739565b5f6105828383611135565b905060608290036105c6575f61059a83850185611ad8565b90506105bf82825f015183602001516105b357876105b5565b885b84604001516111e1565b505061066d565b5f6105d383850185611bc9565b90505f6105ee82606001516105e85787611230565b86611230565b905081608001518114610624576080820151604051631055712b60e11b8152610239918391600401918252602082015260400190565b61063d610638835f01518460a00151610e10565b611247565b61066983836040015184606001516106555788610657565b895b6106648660400151610d6c565b6111e1565b5050505b50505050565b5f546001600160a01b0316331461011c5760405163118cdaa760e01b8152336004820152602401610239565b6106a7611357565b61011c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611397565b5f6106de82610d6c565b9050801561070b5761070b6106fa5f546001600160a01b031690565b6001600160a01b038416908361139e565b5050565b61011c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006106ce565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f826001600160a01b03166306d378176040518163ffffffff1660e01b8152600401602060405180830381865afa1580156107c6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107ea9190611c87565b836001600160a01b031663b2016bd46040518163ffffffff1660e01b8152600401602060405180830381865afa158015610826573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061084a9190611c87565b91509150915091565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610891573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906108b59190611c87565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa1580156108f4573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109189190611c87565b9050836001600160a01b0316826001600160a01b03161492505f8361096e57856001600160a01b0316836001600160a01b03161480156109695750846001600160a01b0316826001600160a01b0316145b610984565b856001600160a01b0316826001600160a01b0316145b9050806109bf576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610239565b5050509392505050565b6109d58383835f6113ab565b610a43576109e683835f60016113ab565b610a0e57604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b610a1b83838360016113ab565b610a4357604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b505050565b5f6001600160ff1b03821115610a745760405163123baf0360e11b815260048101839052602401610239565b5090565b5f80610a9a5f516020611e6a5f395f51905f526001600160a01b038816611397565b610ab85f516020611e4a5f395f51905f528480519060200120611397565b856001600160a01b031663128acb0830878789610af357610aee600173fffd8963efd1fc6a4fc78892a0b72bce319f2b87611ca2565b610b03565b610b036401000276a36001611cc1565b886040518663ffffffff1660e01b8152600401610b24959493929190611d0e565b60408051808303815f875af1158015610b3f573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b639190611d53565b9092509050610b7f5f516020611e6a5f395f51905f525f611397565b6105345f516020611e4a5f395f51905f525f611397565b60607f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f205826001600160401b03811115610bd157610bd16118b4565b604051908082528060200260200182016040528015610c2557816020015b610c1260405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610bef5790505b5091505f5b83811015610ce1575f610c3e826003611d75565b610c489084611d8c565b5f1b90506040518060600160405280610c5f835c90565b15158152602001610c78610c74846001611d8c565b5c90565b8152602001610c8b610c74846002611d8c565b90528451859084908110610ca157610ca1611d9f565b6020908102919091010152610cb6815f611397565b610cca610cc4826001611d8c565b5f611397565b610cd8610cc4826002611d8c565b50600101610c2a565b5050919050565b5f610cf283610d6c565b9050805f03610d015750505050565b610d648483610d0f84610a48565b60408051606080820183526001600160a01b038a1680835289151560208085019182529385018a8152855194850192909252511515838501525182820152825180830390910181526080909101909152610a78565b505050505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610db0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dd49190611db3565b92915050565b610de884848484600161140d565b61066d57604051635274afe760e01b81526001600160a01b0385166004820152602401610239565b606081516001600160401b03811115610e2b57610e2b6118b4565b604051908082528060200260200182016040528015610e7f57816020015b610e6c60405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610e495790505b5090505f5b8251811015610f73575f5f5f5f610eb488888781518110610ea757610ea7611d9f565b602002602001015161147a565b93509350935093506040518060600160405280851515815260200184815260200183815250868681518110610eeb57610eeb611d9f565b6020026020010181905250868581518110610f0857610f08611d9f565b60200260200101515f01516001600160a01b0316886001600160a01b03167fe8963fc2183833c15538f97cdd77622fe268c16aea8c87ed0d221e11f5d5977c86868686604051610f5b9493929190611dca565b60405180910390a3505060019092019150610e849050565b5092915050565b5f6001600160a01b038716610f9057505f611022565b5f836001811115610fa357610fa3611833565b03610fd957610fb3878686610ce8565b610fbc82610a48565b610fc86103cc88610d6c565b610fd29190611df0565b9050611022565b5f610fe387610d6c565b90505f838210610ff3575f610ffd565b610ffd8285611e0f565b90508015611011576110118988888461155b565b61101d6103cc88610d6c565b925050505b9695505050505050565b5f6110416001600160a01b03871685836109c9565b61104a82610a48565b83121561107457604051634cfb9d1960e01b81526004810184905260248101839052604401610239565b508161107f866106d4565b611088856106d4565b95945050505050565b5f8080805b845181101561112d578481815181106110b1576110b1611d9f565b60200260200101515f01511561112557836110cb81611e22565b9450508481815181106110e0576110e0611d9f565b602002602001015160200151836110f79190611d8c565b925084818151811061110b5761110b611d9f565b602002602001015160400151826111229190611d8c565b91505b600101611096565b509193909250565b5f516020611e6a5f395f51905f525c6001600160a01b03811615806111635750336001600160a01b03821614155b8061119357505f516020611e4a5f395f51905f525c8383604051611188929190611e3a565b604051809103902014155b156111b35760405163c222118960e01b8152336004820152602401610239565b6111ca5f516020611e6a5f395f51905f525f611397565b610dd45f516020611e4a5f395f51905f525f611397565b5f82131561066d5781818111156112155760405163b73f0d1760e01b81526004810182905260248101839052604401610239565b6112296001600160a01b038516868361139e565b5050505050565b5f5f821261123e575f610dd4565b610dd482611a61565b7f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f2055f5b8251811015610a43576112bb611281826003611d75565b61128b9084611d8c565b5f1b84838151811061129f5761129f611d9f565b60200260200101515f01516112b4575f611397565b6001611397565b6113056112c9826003611d75565b6112d39084611d8c565b6112de906001611d8c565b5f1b8483815181106112f2576112f2611d9f565b6020026020010151602001515f1b611397565b61134f611313826003611d75565b61131d9084611d8c565b611328906002611d8c565b5f1b84838151811061133c5761133c611d9f565b6020026020010151604001515f1b611397565b60010161126a565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561011c57604051633ee5aeb560e01b815260040160405180910390fd5b80825d5050565b610a1b8383836001611634565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166114015783831516156113f5573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661146957838315161561145d573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b8051602082015160405163bcbaf48760e01b81526001600160a01b03928316600482015260248101919091525f91829182916060919087169063bcbaf4879060440160408051808303815f875af19250505080156114f5575060408051601f3d908101601f191682019092526114f291810190611d53565b60015b611538573d808015611522576040519150601f19603f3d011682016040523d82523d5f602084013e611527565b606091505b505f94508493508392509050611552565b60408051602081019091525f815260019650919450925090505b92959194509250565b5f6040518060600160405280856001600160a01b03168152602001841515815260200161158786610d6c565b90526040805182516001600160a01b0316602080830191909152830151151581830152910151606082015260800160405160208183030381529060405290505f5f6115e587866115d687610a48565b6115df90611a61565b86610a78565b915091505f6115fe866115f85783611230565b82611230565b905084811461162a57604051631055712b60e11b81526004810182905260248101869052604401610239565b5050505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f511483166114015783831516156113f5573d5f823e3d81fd5b6001600160a01b0381168114610108575f5ffd5b5f602082840312156116a2575f5ffd5b81356116ad8161167e565b9392505050565b5f5f5f5f84860360e08112156116c8575f5ffd5b85356116d38161167e565b945060208601356001600160401b038111156116ed575f5ffd5b8601601f810188136116fd575f5ffd5b80356001600160401b03811115611712575f5ffd5b8860208260061b8401011115611726575f5ffd5b6020919091019450925060a0603f1982011215611741575f5ffd5b509295919450926040019150565b604080825283519082018190525f9060208501906060840190835b818110156117a657835180511515845260208101516020850152604081015160408501525060608301925060208401935060018101905061176a565b5050602093909301939093525092915050565b5f5f5f5f606085870312156117cc575f5ffd5b843593506020850135925060408501356001600160401b038111156117ef575f5ffd5b8501601f810187136117ff575f5ffd5b80356001600160401b03811115611814575f5ffd5b876020828401011115611825575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610108575f5ffd5b5f60208284031215611863575f5ffd5b81356116ad81611847565b6002811061010857634e487b7160e01b5f52602160045260245ffd5b606081016118978561186e565b8482526118a38461186e565b602082019390935260400152919050565b634e487b7160e01b5f52604160045260245ffd5b60405160c081016001600160401b03811182821017156118ea576118ea6118b4565b60405290565b604051601f8201601f191681016001600160401b0381118282101715611918576119186118b4565b604052919050565b5f60408284031215611930575f5ffd5b604080519081016001600160401b0381118282101715611952576119526118b4565b60405290508082356119638161167e565b8152602092830135920191909152919050565b5f60408284031215611986575f5ffd5b6116ad8383611920565b5f8151808452602084019350602083015f5b828110156119d557815180516001600160a01b0316875260209081015181880152604090960195909101906001016119a2565b5093949350505050565b6020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b036040830151166060820152606082015115156080820152608082015160a08201525f60a083015160c080840152611a4560e0840182611990565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b8201611a7557611a75611a4d565b505f0390565b60e08101611a888961186e565b888252611a948861186e565b8760208301528660408301528560608301528460808301528360a08301528260c083015298975050505050505050565b80358015158114611ad3575f5ffd5b919050565b5f6060828403128015611ae9575f5ffd5b50604051606081016001600160401b0381118282101715611b0c57611b0c6118b4565b6040528235611b1a8161167e565b8152611b2860208401611ac4565b60208201526040928301359281019290925250919050565b5f82601f830112611b4f575f5ffd5b81356001600160401b03811115611b6857611b686118b4565b611b7760208260051b016118f0565b8082825260208201915060208360061b860101925085831115611b98575f5ffd5b602085015b83811015611bbf57611baf8782611920565b8352602090920191604001611b9d565b5095945050505050565b5f60208284031215611bd9575f5ffd5b81356001600160401b03811115611bee575f5ffd5b820160c08185031215611bff575f5ffd5b611c076118c8565b8135611c128161167e565b81526020820135611c228161167e565b60208201526040820135611c358161167e565b6040820152611c4660608301611ac4565b60608201526080828101359082015260a08201356001600160401b03811115611c6d575f5ffd5b611c7986828501611b40565b60a083015250949350505050565b5f60208284031215611c97575f5ffd5b81516116ad8161167e565b6001600160a01b038281168282160390811115610dd457610dd4611a4d565b6001600160a01b038181168382160190811115610dd457610dd4611a4d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90611d4890830184611ce0565b979650505050505050565b5f5f60408385031215611d64575f5ffd5b505080516020909101519092909150565b8082028115828204841417610dd457610dd4611a4d565b80820180821115610dd457610dd4611a4d565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611dc3575f5ffd5b5051919050565b8415158152836020820152826040820152608060608201525f6110226080830184611ce0565b8181035f831280158383131683831282161715610f7357610f73611a4d565b81810381811115610dd457610dd4611a4d565b5f60018201611e3357611e33611a4d565b5060010190565b818382375f910190815291905056fed4b440a74738e161c171d979d0e37a347351de3411f11905d7969dd09643de4274d3e6f18ea4bdc24fdca38712ac7705cbe471f33729f9911c43a03193f2e3a0",
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
