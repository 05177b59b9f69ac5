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

// LiquidationExecutorAttempt is an auto generated low-level Go binding around an user-defined struct.
type LiquidationExecutorAttempt struct {
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"liquidate\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"liquidations\",\"type\":\"tuple[]\",\"internalType\":\"structLiquidationExecutor.Liquidation[]\",\"components\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"maxRepay\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structLiquidationExecutor.Params\",\"components\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.ProfitToken\"},{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"},{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"attempts\",\"type\":\"tuple[]\",\"internalType\":\"structLiquidationExecutor.Attempt[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"profit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3SwapCallback\",\"inputs\":[{\"name\":\"amount0Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchLiquidated\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"funding\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumLiquidationExecutor.ProfitToken\"},{\"name\":\"attempted\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"succeeded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"profit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LiquidationAttempted\",\"inputs\":[{\"name\":\"market\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"borrower\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CollateralShort\",\"inputs\":[{\"name\":\"owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"held\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PartialFill\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wanted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolRequired\",\"inputs\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumLiquidationExecutor.ProfitToken\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolTokensMismatch\",\"inputs\":[{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token0\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token1\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProfitBelowMinimum\",\"inputs\":[{\"name\":\"profit\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintToInt\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"UnexpectedCallback\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroLoanAmount\",\"inputs\":[]}]",
	ID:  "LiquidationExecutor",
	Bin: "0x6080604052348015600e575f5ffd5b50604051611ebc380380611ebc833981016040819052602b9160b4565b806001600160a01b038116605857604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b605f816065565b505060df565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f6020828403121560c3575f5ffd5b81516001600160a01b038116811460d8575f5ffd5b9392505050565b611dd0806100ec5f395ff3fe608060405234801561000f575f5ffd5b5060043610610060575f3560e01c806301681a6214610064578063715018a6146100795780638da5cb5b14610081578063e80125e4146100a0578063f2fde38b146100c1578063fa461e33146100d4575b5f5ffd5b6100776100723660046115f9565b6100e7565b005b61007761010b565b5f546040516001600160a01b0390911681526020015b60405180910390f35b6100b36100ae36600461161b565b61011e565b6040516100979291906116b8565b6100776100cf3660046115f9565b6105d8565b6100776100e2366004611722565b610612565b6100ef6107f0565b6100f761081c565b61010081610851565b61010861088c565b50565b6101136107f0565b61011c5f6108b6565b565b60605f6101296107f0565b61013161081c565b5f8490036101525760405163c2e5347d60e01b815260040160405180910390fd5b82606001355f0361017657604051630c96e97b60e31b815260040160405180910390fd5b5f5f61018188610905565b90925090505f8061019860608801604089016115f9565b6001600160a01b0316146101c7576101c06101b960608801604089016115f9565b84846109d0565b9050610242565b60016101d660208801886117be565b60018111156101e7576101e761179e565b14806101f65750608086013515155b156102425761020860208701876117be565b61021860408801602089016117be565b876080013560405163e0477a5560e01b8152600401610239939291906117f5565b60405180910390fd5b6102576001600160a01b0384168a5f19610b46565b5f600161026760208901896117be565b60018111156102785761027861179e565b036103ed575f6040518060c001604052808c6001600160a01b03168152602001866001600160a01b03168152602001856001600160a01b031681526020018415158152602001896060013581526020018b8b808060200260200160405190810160405280939291908181526020015f905b8282101561031557610306604083028601368190038101906118e4565b815260200190600101906102e9565b505050505081525060405160200161032d919061194d565b604051602081830303815290604052905061037188604001602081019061035491906115f9565b846103628b60600135610bc5565b61036b906119cf565b84610bf5565b5061037d905089610d13565b96505f61039060408a0160208b016117be565b60018111156103a1576103a161179e565b036103d8576103c06103b960608a0160408b016115f9565b8585610e66565b6103d16103cc86610eca565b610bc5565b91506103e7565b6103e46103cc85610eca565b91505b50610554565b6104066001600160a01b038516333060608b0135610f38565b6104618a8a8a808060200260200160405190810160405280939291908181526020015f905b8282101561045757610448604083028601368190038101906118e4565b8152602001906001019061042b565b5050505050610f6e565b95505f6104746060890160408a016115f9565b6001600160a01b03160361048957505f610554565b5f61049a6040890160208a016117be565b60018111156104ab576104ab61179e565b036104f4576104ca6104c36060890160408a016115f9565b8484610e66565b6104d78760600135610bc5565b6104e36103cc86610eca565b6104ed91906119e9565b9050610554565b5f6104fe85610eca565b90505f88606001358210610512575f610520565b6105208260608b0135611a08565b905080156105435761054361053b60608b0160408c016115f9565b8686846110d9565b61054f6103cc86610eca565b925050505b6105686001600160a01b0385168b5f610b46565b6105758760800135610bc5565b8112156105a257604051634cfb9d1960e01b81526004810182905260808801356024820152604401610239565b8094506105ae84610851565b6105b783610851565b6105c38a888888611178565b505050506105cf61088c565b94509492505050565b6105e06107f0565b6001600160a01b03811661060957604051631e4fbdf760e01b81525f6004820152602401610239565b610108816108b6565b5f516020611d905f395f51905f525c6001600160a01b03811615806106405750336001600160a01b03821614155b8061067057505f516020611db05f395f51905f525c8383604051610665929190611a1b565b604051809103902014155b156106905760405163c222118960e01b8152336004820152602401610239565b6106a75f516020611d905f395f51905f525f611287565b6106be5f516020611db05f395f51905f525f611287565b5f8060408490036106df576106d584860186611a3e565b9092509050610777565b5f6106ec85870187611afb565b60408101516060820151909450925090505f82610709578861070b565b875b90505f5f821261071b575f610724565b610724826119cf565b90508260800151811461075a576080830151604051631055712b60e11b8152610239918391600401918252602082015260400190565b61077361076e845f01518560a00151610f6e565b61128e565b5050505b5f816107835786610785565b875b90505f811361079757505050506107ea565b805f6107a285610eca565b9050818110156107cf5760405163b73f0d1760e01b81526004810183905260248101829052604401610239565b6107e36001600160a01b038616878461139e565b5050505050505b50505050565b5f546001600160a01b0316331461011c5760405163118cdaa760e01b8152336004820152602401610239565b6108246113ab565b61011c60017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90611287565b5f61085b82610eca565b90508015610888576108886108775f546001600160a01b031690565b6001600160a01b038416908361139e565b5050565b61011c5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f0061084b565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f5f826001600160a01b03166306d378176040518163ffffffff1660e01b8152600401602060405180830381865afa158015610943573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109679190611bbb565b836001600160a01b031663b2016bd46040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109a3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109c79190611bbb565b91509150915091565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a0e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a329190611bbb565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610a71573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a959190611bbb565b9050836001600160a01b0316826001600160a01b03161492505f83610aeb57856001600160a01b0316836001600160a01b0316148015610ae65750846001600160a01b0316826001600160a01b0316145b610b01565b856001600160a01b0316826001600160a01b0316145b905080610b3c576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610239565b5050509392505050565b610b528383835f6113eb565b610bc057610b6383835f60016113eb565b610b8b57604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b610b9883838360016113eb565b610bc057604051635274afe760e01b81526001600160a01b0384166004820152602401610239565b505050565b5f6001600160ff1b03821115610bf15760405163123baf0360e11b815260048101839052602401610239565b5090565b5f80610c175f516020611d905f395f51905f526001600160a01b038816611287565b610c355f516020611db05f395f51905f528480519060200120611287565b856001600160a01b031663128acb0830878789610c7057610c6b600173fffd8963efd1fc6a4fc78892a0b72bce319f2b87611bd6565b610c80565b610c806401000276a36001611bf5565b886040518663ffffffff1660e01b8152600401610ca1959493929190611c42565b60408051808303815f875af1158015610cbc573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ce09190611c87565b9092509050610cfc5f516020611d905f395f51905f525f611287565b6105cf5f516020611db05f395f51905f525f611287565b60607f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f2058267ffffffffffffffff811115610d4f57610d4f61181f565b604051908082528060200260200182016040528015610da357816020015b610d9060405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610d6d5790505b5091505f5b83811015610e5f575f610dbc826003611ca9565b610dc69084611cc0565b5f1b90506040518060600160405280610ddd835c90565b15158152602001610df6610df2846001611cc0565b5c90565b8152602001610e09610df2846002611cc0565b90528451859084908110610e1f57610e1f611cd3565b6020908102919091010152610e34815f611287565b610e48610e42826001611cc0565b5f611287565b610e56610e42826002611cc0565b50600101610da8565b5050919050565b5f610e7083610eca565b9050805f03610e7f5750505050565b610ec28483610e8d84610bc5565b604080516001600160a01b0389166020820152871515918101919091526060015b604051602081830303815290604052610bf5565b505050505050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610f0e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610f329190611ce7565b92915050565b610f4684848484600161144d565b6107ea57604051635274afe760e01b81526001600160a01b0385166004820152602401610239565b6060815167ffffffffffffffff811115610f8a57610f8a61181f565b604051908082528060200260200182016040528015610fde57816020015b610fcb60405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610fa85790505b5090505f5b82518110156110d2575f5f5f5f6110138888878151811061100657611006611cd3565b60200260200101516114ba565b9350935093509350604051806060016040528085151581526020018481526020018381525086868151811061104a5761104a611cd3565b602002602001018190525086858151811061106757611067611cd3565b60200260200101515f01516001600160a01b0316886001600160a01b03167fe8963fc2183833c15538f97cdd77622fe268c16aea8c87ed0d221e11f5d5977c868686866040516110ba9493929190611cfe565b60405180910390a3505060019092019150610fe39050565b5092915050565b5f5f61111786856110e986610bc5565b6110f2906119cf565b604080516001600160a01b038b16602082015289151591810191909152606001610eae565b915091505f846111275782611129565b815b90505f5f8212611139575f611142565b611142826119cf565b905084811461116e57604051631055712b60e11b81526004810182905260248101869052604401610239565b5050505050505050565b5f8080805b85518110156112145785818151811061119857611198611cd3565b60200260200101515f01511561120c57836111b281611d2e565b9450508581815181106111c7576111c7611cd3565b602002602001015160200151836111de9190611cc0565b92508581815181106111f2576111f2611cd3565b602002602001015160400151826112099190611cc0565b91505b60010161117d565b506001600160a01b0387167f632d1ce853ea5062c020f05e1fabf79b2fa9c4fac239d58e9deff9a50248d2d061124d60208901896117be565b61125d60408a0160208b016117be565b88518787878b6040516112769796959493929190611d46565b60405180910390a250505050505050565b80825d5050565b7f15d11f7808f5d39841e49e8e072113068ab7613e3f879292bff05511d1a5f2055f5b8251811015610bc0576113026112c8826003611ca9565b6112d29084611cc0565b5f1b8483815181106112e6576112e6611cd3565b60200260200101515f01516112fb575f611287565b6001611287565b61134c611310826003611ca9565b61131a9084611cc0565b611325906001611cc0565b5f1b84838151811061133957611339611cd3565b6020026020010151602001515f1b611287565b61139661135a826003611ca9565b6113649084611cc0565b61136f906002611cc0565b5f1b84838151811061138357611383611cd3565b6020026020010151604001515f1b611287565b6001016112b1565b610b98838383600161159b565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561011c57604051633ee5aeb560e01b815260040160405180910390fd5b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611441578383151615611435573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166114a957838315161561149d573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b8051602082015160405163bcbaf48760e01b81526001600160a01b03928316600482015260248101919091525f91829182916060919087169063bcbaf4879060440160408051808303815f875af1925050508015611535575060408051601f3d908101601f1916820190925261153291810190611c87565b60015b611578573d808015611562576040519150601f19603f3d011682016040523d82523d5f602084013e611567565b606091505b505f94508493508392509050611592565b60408051602081019091525f815260019650919450925090505b92959194509250565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611441578383151615611435573d5f823e3d81fd5b6001600160a01b0381168114610108575f5ffd5b5f60208284031215611609575f5ffd5b8135611614816115e5565b9392505050565b5f5f5f5f84860360e081121561162f575f5ffd5b853561163a816115e5565b9450602086013567ffffffffffffffff811115611655575f5ffd5b8601601f81018813611665575f5ffd5b803567ffffffffffffffff81111561167b575f5ffd5b8860208260061b840101111561168f575f5ffd5b6020919091019450925060a0603f19820112156116aa575f5ffd5b509295919450926040019150565b604080825283519082018190525f9060208501906060840190835b8181101561170f5783518051151584526020810151602085015260408101516040850152506060830192506020840193506001810190506116d3565b5050602093909301939093525092915050565b5f5f5f5f60608587031215611735575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115611759575f5ffd5b8501601f81018713611769575f5ffd5b803567ffffffffffffffff81111561177f575f5ffd5b876020828401011115611790575f5ffd5b949793965060200194505050565b634e487b7160e01b5f52602160045260245ffd5b60028110610108575f5ffd5b5f602082840312156117ce575f5ffd5b8135611614816117b2565b6002811061010857634e487b7160e01b5f52602160045260245ffd5b60608101611802856117d9565b84825261180e846117d9565b602082019390935260400152919050565b634e487b7160e01b5f52604160045260245ffd5b60405160c0810167ffffffffffffffff811182821017156118565761185661181f565b60405290565b604051601f8201601f1916810167ffffffffffffffff811182821017156118855761188561181f565b604052919050565b5f6040828403121561189d575f5ffd5b6040805190810167ffffffffffffffff811182821017156118c0576118c061181f565b60405290508082356118d1816115e5565b8152602092830135920191909152919050565b5f604082840312156118f4575f5ffd5b611614838361188d565b5f8151808452602084019350602083015f5b8281101561194357815180516001600160a01b031687526020908101518188015260409096019590910190600101611910565b5093949350505050565b6020815260018060a01b03825116602082015260018060a01b03602083015116604082015260018060a01b036040830151166060820152606082015115156080820152608082015160a08201525f60a083015160c0808401526119b360e08401826118fe565b949350505050565b634e487b7160e01b5f52601160045260245ffd5b5f600160ff1b82016119e3576119e36119bb565b505f0390565b8181035f8312801583831316838312821617156110d2576110d26119bb565b81810381811115610f3257610f326119bb565b818382375f9101908152919050565b80358015158114611a39575f5ffd5b919050565b5f5f60408385031215611a4f575f5ffd5b8235611a5a816115e5565b9150611a6860208401611a2a565b90509250929050565b5f82601f830112611a80575f5ffd5b813567ffffffffffffffff811115611a9a57611a9a61181f565b611aa960208260051b0161185c565b8082825260208201915060208360061b860101925085831115611aca575f5ffd5b602085015b83811015611af157611ae1878261188d565b8352602090920191604001611acf565b5095945050505050565b5f60208284031215611b0b575f5ffd5b813567ffffffffffffffff811115611b21575f5ffd5b820160c08185031215611b32575f5ffd5b611b3a611833565b8135611b45816115e5565b81526020820135611b55816115e5565b60208201526040820135611b68816115e5565b6040820152611b7960608301611a2a565b60608201526080828101359082015260a082013567ffffffffffffffff811115611ba1575f5ffd5b611bad86828501611a71565b60a083015250949350505050565b5f60208284031215611bcb575f5ffd5b8151611614816115e5565b6001600160a01b038281168282160390811115610f3257610f326119bb565b6001600160a01b038181168382160190811115610f3257610f326119bb565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90611c7c90830184611c14565b979650505050505050565b5f5f60408385031215611c98575f5ffd5b505080516020909101519092909150565b8082028115828204841417610f3257610f326119bb565b80820180821115610f3257610f326119bb565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215611cf7575f5ffd5b5051919050565b8415158152836020820152826040820152608060608201525f611d246080830184611c14565b9695505050505050565b5f60018201611d3f57611d3f6119bb565b5060010190565b60e08101611d53896117d9565b888252611d5f886117d9565b8760208301528660408301528560608301528460808301528360a08301528260c08301529897505050505050505056fe48c3b8b8a3b5047fcde9a941bb810b12a7275c7487bbc09bcb7dc292e1ff46c84b0d1f1fd912a71c9016de9dd957711e95b4bbd9553d9bdb7c681e49ff4fa952",
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
	Attempts []LiquidationExecutorAttempt
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
	outstruct.Attempts = *abi.ConvertType(out[0], new([]LiquidationExecutorAttempt)).(*[]LiquidationExecutorAttempt)
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
