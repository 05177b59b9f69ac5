// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package morphoexecutor

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
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
}

// MorphoLiquidationExecutorAttempt is an auto generated low-level Go binding around an user-defined struct.
type MorphoLiquidationExecutorAttempt struct {
	Success bool
	Repaid  *big.Int
	Seized  *big.Int
}

// MorphoLiquidationExecutorLiquidation is an auto generated low-level Go binding around an user-defined struct.
type MorphoLiquidationExecutorLiquidation struct {
	Borrower     common.Address
	SeizedAssets *big.Int
	RepaidShares *big.Int
}

// MorphoLiquidationExecutorParams is an auto generated low-level Go binding around an user-defined struct.
type MorphoLiquidationExecutorParams struct {
	Funding     uint8
	ProfitToken uint8
	Pool        common.Address
	LoanAmount  *big.Int
	MinProfit   *big.Int
}

// MorphoLiquidationExecutorMetaData contains all meta data concerning the MorphoLiquidationExecutor contract.
var MorphoLiquidationExecutorMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"morpho\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MORPHO\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidate\",\"inputs\":[{\"name\":\"marketParams\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"liquidations\",\"type\":\"tuple[]\",\"internalType\":\"structMorphoLiquidationExecutor.Liquidation[]\",\"components\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seizedAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"repaidShares\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMorphoLiquidationExecutor.Params\",\"components\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.ProfitToken\"},{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"},{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"attempts\",\"type\":\"tuple[]\",\"internalType\":\"structMorphoLiquidationExecutor.Attempt[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"profit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onMorphoLiquidate\",\"inputs\":[{\"name\":\"repaidAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3SwapCallback\",\"inputs\":[{\"name\":\"amount0Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchLiquidated\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"Id\"},{\"name\":\"funding\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumMorphoLiquidationExecutor.ProfitToken\"},{\"name\":\"attempted\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"succeeded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"profit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LiquidationAttempted\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"Id\"},{\"name\":\"borrower\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CollateralShort\",\"inputs\":[{\"name\":\"owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"held\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LoanAmountWithCallback\",\"inputs\":[{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PartialFill\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wanted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolRequired\",\"inputs\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.ProfitToken\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolTokensMismatch\",\"inputs\":[{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token0\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token1\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProfitBelowMinimum\",\"inputs\":[{\"name\":\"profit\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintToInt\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SaleShort\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedCallback\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroLoanAmount\",\"inputs\":[]}]",
	ID:  "MorphoLiquidationExecutor",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611eff380380611eff83398101604081905261002e916100de565b806001600160a01b03811661005c57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b61006581610078565b50506001600160a01b0316608052610116565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146100db575f5ffd5b50565b5f5f604083850312156100ef575f5ffd5b82516100fa816100c7565b602084015190925061010b816100c7565b809150509250929050565b608051611db66101495f395f818160a3015281816101960152818161054e015281816107cb01526110880152611db65ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063cf7ea19611610058578063cf7ea196146100fa578063ea4c3ed41461010d578063f2fde38b1461012e578063fa461e3314610141575f5ffd5b806301681a62146100895780633acb56241461009e578063715018a6146100e25780638da5cb5b146100ea575b5f5ffd5b61009c6100973660046115fb565b610154565b005b6100c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61009c610178565b5f546001600160a01b03166100c5565b61009c610108366004611662565b61018b565b61012061011b3660046116c0565b610395565b6040516100d9929190611755565b61009c61013c3660046115fb565b610878565b61009c61014f3660046117bf565b6108b2565b61015c6109e9565b610164610a15565b61016d81610a4a565b610175610a85565b50565b6101806109e9565b6101895f610aaf565b565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806101e857505f516020611d765f395f51905f525c82826040516101dd92919061180e565b604051809103902014155b1561020d5760405163c222118960e01b81523360048201526024015b60405180910390fd5b6102245f516020611d765f395f51905f525f610afe565b5f61023182840184611845565b90505f8160a001516102468360400151610b05565b6102509190611905565b6040805160608082018352858301516001600160a01b03168252850151151560208201529081018290526080840151919250901561032057815f036102b157604051631c91bcfd60e11b81525f600482015260248101879052604401610204565b5f5f6102ce855f015186606001516102c887610b73565b86610ba3565b915091505f6102eb86606001516102e55783610d0e565b82610d0e565b90508881101561031857604051631c91bcfd60e11b815260048101829052602481018a9052604401610204565b50505061038d565b851561038d575f5f610346855f0151866060015161033d8b610b73565b6102c890611918565b915091505f61035d86606001516102e55783610d0e565b905088811461038957604051631055712b60e11b815260048101829052602481018a9052604401610204565b5050505b505050505050565b60605f6103a06109e9565b6103a8610a15565b5f8490036103c95760405163c2e5347d60e01b815260040160405180910390fd5b5f6103d76020850185611952565b60018111156103e8576103e8611932565b1480156103f757506060830135155b1561041557604051630c96e97b60e31b815260040160405180910390fd5b60016104246020850185611952565b600181111561043557610435611932565b1480156104455750606083013515155b15610469576040516308bed23b60e01b815260608401356004820152602401610204565b5f61047760208801886115fb565b90505f61048a6040890160208a016115fb565b90505f8061049e60608801604089016115fb565b6001600160a01b0316146104cd576104c66104bf60608801604089016115fb565b8484610d25565b905061053f565b60016104dc6020880188611952565b60018111156104ed576104ed611932565b14806104fc5750608086013515155b1561053f5761050e6020870187611952565b61051e6040880160208901611952565b876080013560405163e0477a5560e01b815260040161020493929190611989565b6105746001600160a01b0384167f00000000000000000000000000000000000000000000000000000000000000005f19610e9b565b5f60016105846020890189611952565b600181111561059557610595611932565b03610670575f6040518060c001604052808960400160208101906105b991906115fb565b6001600160a01b03908116825287811660208301528616604082015284151560608201526080015f6105f160408c0160208d01611952565b600181111561060257610602611932565b1481525f602090910152905061061a8b8b8b84610f1a565b96505f61062d60408a0160208b01611952565b600181111561063e5761063e611932565b0361065b5761065461064f86610b05565b610b73565b915061066a565b61066761064f85610b05565b91505b506107bc565b6106896001600160a01b038516333060608b0135611274565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526106c68b8b8b84610f1a565b96505f6106d960608a0160408b016115fb565b6001600160a01b0316036106ef575f91506107ba565b5f61070060408a0160208b01611952565b600181111561071157610711611932565b0361075a5761073061072960608a0160408b016115fb565b85856112aa565b61073d8860600135610b73565b61074961064f87610b05565b61075391906119b3565b91506107ba565b5f61076486610b05565b90505f89606001358210610778575f610786565b6107868260608c0135611905565b905080156107a9576107a96107a160608c0160408d016115fb565b8787846112fc565b6107b561064f87610b05565b935050505b505b6107f06001600160a01b0385167f00000000000000000000000000000000000000000000000000000000000000005f610e9b565b6107fd8760800135610b73565b81121561082a57604051634cfb9d1960e01b81526004810182905260808801356024820152604401610204565b80945061083684610a4a565b61083f83610a4a565b61086361085b610854368d90038d018d6119d9565b60a0902090565b88888861137b565b5050505061086f610a85565b94509492505050565b6108806109e9565b6001600160a01b0381166108a957604051631e4fbdf760e01b81525f6004820152602401610204565b61017581610aaf565b5f516020611d565f395f51905f525c6001600160a01b03811615806108e05750336001600160a01b03821614155b8061091057505f516020611d965f395f51905f525c838360405161090592919061180e565b604051809103902014155b156109305760405163c222118960e01b8152336004820152602401610204565b6109475f516020611d565f395f51905f525f610afe565b61095e5f516020611d965f395f51905f525f610afe565b5f61096b83850185611a76565b90505f816020015161097d578561097f565b865b90505f8113610990575050506109e3565b604082015181908111156109c85780836040015160405163b73f0d1760e01b8152600401610204929190918252602082015260400190565b82516109de906001600160a01b03168583611481565b505050505b50505050565b5f546001600160a01b031633146101895760405163118cdaa760e01b8152336004820152602401610204565b610a1d61148e565b61018960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90610afe565b5f610a5482610b05565b90508015610a8157610a81610a705f546001600160a01b031690565b6001600160a01b0384169083611481565b5050565b6101895f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00610a44565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80825d5050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa158015610b49573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b6d9190611aeb565b92915050565b5f6001600160ff1b03821115610b9f5760405163123baf0360e11b815260048101839052602401610204565b5090565b6040805182516001600160a01b03166020808301919091528301511515818301529082015160608201525f908190819060800160408051601f198184030181529190529050610c085f516020611d565f395f51905f526001600160a01b038916610afe565b610c265f516020611d965f395f51905f528280519060200120610afe565b866001600160a01b031663128acb083088888a610c6157610c5c600173fffd8963efd1fc6a4fc78892a0b72bce319f2b87611b02565b610c71565b610c716401000276a36001611b21565b866040518663ffffffff1660e01b8152600401610c92959493929190611b6e565b60408051808303815f875af1158015610cad573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cd19190611bb3565b9093509150610ced5f516020611d565f395f51905f525f610afe565b610d045f516020611d965f395f51905f525f610afe565b5094509492505050565b5f5f8212610d1c575f610b6d565b610b6d82611918565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610d63573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610d879190611bd5565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610dc6573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dea9190611bd5565b9050836001600160a01b0316826001600160a01b03161492505f83610e4057856001600160a01b0316836001600160a01b0316148015610e3b5750846001600160a01b0316826001600160a01b0316145b610e56565b856001600160a01b0316826001600160a01b0316145b905080610e91576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610204565b5050509392505050565b610ea78383835f6114ce565b610f1557610eb883835f60016114ce565b610ee057604051635274afe760e01b81526001600160a01b0384166004820152602401610204565b610eed83838360016114ce565b610f1557604051635274afe760e01b81526001600160a01b0384166004820152602401610204565b505050565b60605f610f2f610854368890038801886119d9565b83519091506001600160a01b031615158467ffffffffffffffff811115610f5857610f5861181d565b604051908082528060200260200182016040528015610fac57816020015b610f9960405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610f765790505b5092505f5b858110156112695736878783818110610fcc57610fcc611bf0565b90506060020190506060831561107c57610fe98760400151610b05565b60a088015260405161104d90889060200181516001600160a01b0390811682526020808401518216908301526040808401519091169082015260608083015115159082015260808083015115159082015260a0918201519181019190915260c00190565b604051602081830303815290604052905061107c5f516020611d765f395f51905f528280519060200120610afe565b60606001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d8eabcb88c6110bb60208701876115fb565b86602001358760400135876040518663ffffffff1660e01b81526004016110e6959493929190611c04565b60408051808303815f875af192505050801561111f575060408051601f3d908101601f1916820190925261111c91810190611bb3565b60015b611159573d80801561114c576040519150601f19603f3d011682016040523d82523d5f602084013e611151565b606091505b509050611197565b60405180606001604052806001151581526020018281526020018381525089878151811061118957611189611bf0565b602002602001018190525050505b84156111b4576111b45f516020611d765f395f51905f525f610afe565b6111c160208401846115fb565b6001600160a01b0316867f93a0216a71edb005046f6ce0aa955ffb048c3369bf6f0e09599eb3ddf23a0de78987815181106111fe576111fe611bf0565b60200260200101515f01518a888151811061121b5761121b611bf0565b6020026020010151602001518b898151811061123957611239611bf0565b602002602001015160400151866040516112569493929190611cb1565b60405180910390a3505050600101610fb1565b505050949350505050565b611282848484846001611530565b6109e357604051635274afe760e01b81526001600160a01b0385166004820152602401610204565b5f6112b483610b05565b9050805f036112c35750505050565b61038d84836112d184610b73565b6040518060600160405280886001600160a01b03168152602001871515815260200186815250610ba3565b5f6040518060600160405280856001600160a01b03168152602001841515815260200161132886610b05565b905290505f8061133c878661033d87610b73565b915091505f61134f866102e55783610d0e565b90508481146109de57604051631055712b60e11b81526004810182905260248101869052604401610204565b5f8080805b85518110156114175785818151811061139b5761139b611bf0565b60200260200101515f01511561140f57836113b581611ce1565b9450508581815181106113ca576113ca611bf0565b602002602001015160200151836113e19190611cf9565b92508581815181106113f5576113f5611bf0565b6020026020010151604001518261140c9190611cf9565b91505b600101611380565b50867fcf485c4829b7cc403719e15d6c364bc9e88c5c4613ba75b23434ab4044bd3ff46114476020890189611952565b61145760408a0160208b01611952565b88518787878b6040516114709796959493929190611d0c565b60405180910390a250505050505050565b610eed838383600161159d565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561018957604051633ee5aeb560e01b815260040160405180910390fd5b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611524578383151615611518573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f5114831661158c578383151615611580573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316611524578383151615611518573d5f823e3d81fd5b6001600160a01b0381168114610175575f5ffd5b5f6020828403121561160b575f5ffd5b8135611616816115e7565b9392505050565b5f5f83601f84011261162d575f5ffd5b50813567ffffffffffffffff811115611644575f5ffd5b60208301915083602082850101111561165b575f5ffd5b9250929050565b5f5f5f60408486031215611674575f5ffd5b83359250602084013567ffffffffffffffff811115611691575f5ffd5b61169d8682870161161d565b9497909650939450505050565b5f60a082840312156116ba575f5ffd5b50919050565b5f5f5f5f61016085870312156116d4575f5ffd5b6116de86866116aa565b935060a085013567ffffffffffffffff8111156116f9575f5ffd5b8501601f81018713611709575f5ffd5b803567ffffffffffffffff81111561171f575f5ffd5b876020606083028401011115611733575f5ffd5b6020919091019350915061174a8660c087016116aa565b905092959194509250565b604080825283519082018190525f9060208501906060840190835b818110156117ac578351805115158452602081015160208501526040810151604085015250606083019250602084019350600181019050611770565b5050602093909301939093525092915050565b5f5f5f5f606085870312156117d2575f5ffd5b8435935060208501359250604085013567ffffffffffffffff8111156117f6575f5ffd5b6118028782880161161d565b95989497509550505050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b80358015158114611840575f5ffd5b919050565b5f60c0828403128015611856575f5ffd5b5060405160c0810167ffffffffffffffff8111828210171561188657634e487b7160e01b5f52604160045260245ffd5b6040528235611894816115e7565b815260208301356118a4816115e7565b602082015260408301356118b7816115e7565b60408201526118c860608401611831565b60608201526118d960808401611831565b608082015260a0928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610b6d57610b6d6118f1565b5f600160ff1b820161192c5761192c6118f1565b505f0390565b634e487b7160e01b5f52602160045260245ffd5b60028110610175575f5ffd5b5f60208284031215611962575f5ffd5b813561161681611946565b6002811061017557634e487b7160e01b5f52602160045260245ffd5b606081016119968561196d565b8482526119a28461196d565b602082019390935260400152919050565b8181035f8312801583831316838312821617156119d2576119d26118f1565b5092915050565b5f60a08284031280156119ea575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715611a1a57634e487b7160e01b5f52604160045260245ffd5b6040528235611a28816115e7565b81526020830135611a38816115e7565b60208201526040830135611a4b816115e7565b60408201526060830135611a5e816115e7565b60608201526080928301359281019290925250919050565b5f6060828403128015611a87575f5ffd5b506040516060810167ffffffffffffffff81118282101715611ab757634e487b7160e01b5f52604160045260245ffd5b6040528235611ac5816115e7565b8152611ad360208401611831565b60208201526040928301359281019290925250919050565b5f60208284031215611afb575f5ffd5b5051919050565b6001600160a01b038281168282160390811115610b6d57610b6d6118f1565b6001600160a01b038181168382160190811115610b6d57610b6d6118f1565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90611ba890830184611b40565b979650505050505050565b5f5f60408385031215611bc4575f5ffd5b505080516020909101519092909150565b5f60208284031215611be5575f5ffd5b8151611616816115e7565b634e487b7160e01b5f52603260045260245ffd5b5f8635611c10816115e7565b6001600160a01b031682526020870135611c29816115e7565b6001600160a01b031660208301526040870135611c45816115e7565b6001600160a01b031660408301526060870135611c61816115e7565b6001600160a01b0316606083015260808781013590830152611c8e60a08301876001600160a01b03169052565b8460c08301528360e0830152610120610100830152611ba8610120830184611b40565b8415158152836020820152826040820152608060608201525f611cd76080830184611b40565b9695505050505050565b5f60018201611cf257611cf26118f1565b5060010190565b80820180821115610b6d57610b6d6118f1565b60e08101611d198961196d565b888252611d258861196d565b8760208301528660408301528560608301528460808301528360a08301528260c08301529897505050505050505056fe716e19fb354db3c68b1f9bf846d858f71bb7ef66e0d0f5bee3381729ab1f8c165b6b12b7a353904b0a65bdfbecc8ec2743e24d82cc7837f6a734f89d639e1e307d7a7681ce260a074d7eb16f5001f25f1fdf559a8746a134492f94f72dd41060",
}

// MorphoLiquidationExecutor is an auto generated Go binding around an Ethereum contract.
type MorphoLiquidationExecutor struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MorphoLiquidationExecutor) GetABI() abi.ABI {
	return c.abi
}

// NewMorphoLiquidationExecutor creates a new instance of MorphoLiquidationExecutor.
func NewMorphoLiquidationExecutor() *MorphoLiquidationExecutor {
	parsed, err := MorphoLiquidationExecutorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MorphoLiquidationExecutor{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MorphoLiquidationExecutor) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address morpho, address initialOwner) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackConstructor(morpho common.Address, initialOwner common.Address) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("", morpho, initialOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMORPHO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3acb5624.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MORPHO() view returns(address)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackMORPHO() []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("MORPHO")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMORPHO is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3acb5624.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MORPHO() view returns(address)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackMORPHO() ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("MORPHO")
}

// UnpackMORPHO is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3acb5624.
//
// Solidity: function MORPHO() view returns(address)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackMORPHO(data []byte) (common.Address, error) {
	out, err := morphoLiquidationExecutor.abi.Unpack("MORPHO", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea4c3ed4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, (address,uint256,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackLiquidate(marketParams MarketParams, liquidations []MorphoLiquidationExecutorLiquidation, params MorphoLiquidationExecutorParams) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("liquidate", marketParams, liquidations, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xea4c3ed4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, (address,uint256,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackLiquidate(marketParams MarketParams, liquidations []MorphoLiquidationExecutorLiquidation, params MorphoLiquidationExecutorParams) ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("liquidate", marketParams, liquidations, params)
}

// LiquidateOutput serves as a container for the return parameters of contract
// method Liquidate.
type LiquidateOutput struct {
	Attempts []MorphoLiquidationExecutorAttempt
	Profit   *big.Int
}

// UnpackLiquidate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xea4c3ed4.
//
// Solidity: function liquidate((address,address,address,address,uint256) marketParams, (address,uint256,uint256)[] liquidations, (uint8,uint8,address,uint256,uint256) params) returns((bool,uint256,uint256)[] attempts, uint256 profit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackLiquidate(data []byte) (LiquidateOutput, error) {
	out, err := morphoLiquidationExecutor.abi.Unpack("liquidate", data)
	outstruct := new(LiquidateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Attempts = *abi.ConvertType(out[0], new([]MorphoLiquidationExecutorAttempt)).(*[]MorphoLiquidationExecutorAttempt)
	outstruct.Profit = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOnMorphoLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7ea196.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onMorphoLiquidate(uint256 repaidAssets, bytes data) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackOnMorphoLiquidate(repaidAssets *big.Int, data []byte) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("onMorphoLiquidate", repaidAssets, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnMorphoLiquidate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf7ea196.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onMorphoLiquidate(uint256 repaidAssets, bytes data) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackOnMorphoLiquidate(repaidAssets *big.Int, data []byte) ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("onMorphoLiquidate", repaidAssets, data)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackOwner() []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("owner")
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackOwner() ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackOwner(data []byte) (common.Address, error) {
	out, err := morphoLiquidationExecutor.abi.Unpack("owner", data)
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackRenounceOwnership() []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("renounceOwnership")
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackRenounceOwnership() ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("renounceOwnership")
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01681a62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackSweep(token common.Address) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("sweep", token)
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackSweep(token common.Address) ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("sweep", token)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("transferOwnership", newOwner)
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("transferOwnership", newOwner)
}

// PackUniswapV3SwapCallback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfa461e33.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes data) returns()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) PackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) []byte {
	enc, err := morphoLiquidationExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) TryPackUniswapV3SwapCallback(amount0Delta *big.Int, amount1Delta *big.Int, data []byte) ([]byte, error) {
	return morphoLiquidationExecutor.abi.Pack("uniswapV3SwapCallback", amount0Delta, amount1Delta, data)
}

// MorphoLiquidationExecutorBatchLiquidated represents a BatchLiquidated event raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorBatchLiquidated struct {
	Id          [32]byte
	Funding     uint8
	ProfitToken uint8
	Attempted   *big.Int
	Succeeded   *big.Int
	Repaid      *big.Int
	Seized      *big.Int
	Profit      *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const MorphoLiquidationExecutorBatchLiquidatedEventName = "BatchLiquidated"

// ContractEventName returns the user-defined event name.
func (MorphoLiquidationExecutorBatchLiquidated) ContractEventName() string {
	return MorphoLiquidationExecutorBatchLiquidatedEventName
}

// UnpackBatchLiquidatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchLiquidated(bytes32 indexed id, uint8 funding, uint8 profitToken, uint256 attempted, uint256 succeeded, uint256 repaid, uint256 seized, uint256 profit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackBatchLiquidatedEvent(log *types.Log) (*MorphoLiquidationExecutorBatchLiquidated, error) {
	event := "BatchLiquidated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoLiquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoLiquidationExecutorBatchLiquidated)
	if len(log.Data) > 0 {
		if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoLiquidationExecutor.abi.Events[event].Inputs {
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

// MorphoLiquidationExecutorLiquidationAttempted represents a LiquidationAttempted event raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorLiquidationAttempted struct {
	Id       [32]byte
	Borrower common.Address
	Success  bool
	Repaid   *big.Int
	Seized   *big.Int
	Reason   []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const MorphoLiquidationExecutorLiquidationAttemptedEventName = "LiquidationAttempted"

// ContractEventName returns the user-defined event name.
func (MorphoLiquidationExecutorLiquidationAttempted) ContractEventName() string {
	return MorphoLiquidationExecutorLiquidationAttemptedEventName
}

// UnpackLiquidationAttemptedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidationAttempted(bytes32 indexed id, address indexed borrower, bool success, uint256 repaid, uint256 seized, bytes reason)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackLiquidationAttemptedEvent(log *types.Log) (*MorphoLiquidationExecutorLiquidationAttempted, error) {
	event := "LiquidationAttempted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoLiquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoLiquidationExecutorLiquidationAttempted)
	if len(log.Data) > 0 {
		if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoLiquidationExecutor.abi.Events[event].Inputs {
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

// MorphoLiquidationExecutorOwnershipTransferred represents a OwnershipTransferred event raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MorphoLiquidationExecutorOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MorphoLiquidationExecutorOwnershipTransferred) ContractEventName() string {
	return MorphoLiquidationExecutorOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackOwnershipTransferredEvent(log *types.Log) (*MorphoLiquidationExecutorOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != morphoLiquidationExecutor.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MorphoLiquidationExecutorOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range morphoLiquidationExecutor.abi.Events[event].Inputs {
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
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["CollateralShort"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackCollateralShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["EmptyBatch"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackEmptyBatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["LoanAmountWithCallback"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackLoanAmountWithCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["PartialFill"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackPartialFillError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["PoolRequired"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackPoolRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["PoolTokensMismatch"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackPoolTokensMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["ProfitBelowMinimum"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackProfitBelowMinimumError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["SafeCastOverflowedUintToInt"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackSafeCastOverflowedUintToIntError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["SaleShort"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackSaleShortError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["UnexpectedCallback"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackUnexpectedCallbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], morphoLiquidationExecutor.abi.Errors["ZeroLoanAmount"].ID.Bytes()[:4]) {
		return morphoLiquidationExecutor.UnpackZeroLoanAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MorphoLiquidationExecutorCollateralShort represents a CollateralShort error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorCollateralShort struct {
	Owed *big.Int
	Held *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CollateralShort(uint256 owed, uint256 held)
func MorphoLiquidationExecutorCollateralShortErrorID() common.Hash {
	return common.HexToHash("0xb73f0d1770c76f6559dab2293edcf46385c8b58c6d01c587715687310d8f6997")
}

// UnpackCollateralShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CollateralShort(uint256 owed, uint256 held)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackCollateralShortError(raw []byte) (*MorphoLiquidationExecutorCollateralShort, error) {
	out := new(MorphoLiquidationExecutorCollateralShort)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "CollateralShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorEmptyBatch represents a EmptyBatch error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorEmptyBatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyBatch()
func MorphoLiquidationExecutorEmptyBatchErrorID() common.Hash {
	return common.HexToHash("0xc2e5347df6cf8d1bf68f8a9651642312bd381b900d857d97cd665976180d6ae0")
}

// UnpackEmptyBatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyBatch()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackEmptyBatchError(raw []byte) (*MorphoLiquidationExecutorEmptyBatch, error) {
	out := new(MorphoLiquidationExecutorEmptyBatch)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "EmptyBatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorLoanAmountWithCallback represents a LoanAmountWithCallback error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorLoanAmountWithCallback struct {
	LoanAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LoanAmountWithCallback(uint256 loanAmount)
func MorphoLiquidationExecutorLoanAmountWithCallbackErrorID() common.Hash {
	return common.HexToHash("0x08bed23be658b0be012ed460c6f8eab807b8a04f0823261c044d52ef43348144")
}

// UnpackLoanAmountWithCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LoanAmountWithCallback(uint256 loanAmount)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackLoanAmountWithCallbackError(raw []byte) (*MorphoLiquidationExecutorLoanAmountWithCallback, error) {
	out := new(MorphoLiquidationExecutorLoanAmountWithCallback)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "LoanAmountWithCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func MorphoLiquidationExecutorOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackOwnableInvalidOwnerError(raw []byte) (*MorphoLiquidationExecutorOwnableInvalidOwner, error) {
	out := new(MorphoLiquidationExecutorOwnableInvalidOwner)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func MorphoLiquidationExecutorOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MorphoLiquidationExecutorOwnableUnauthorizedAccount, error) {
	out := new(MorphoLiquidationExecutorOwnableUnauthorizedAccount)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorPartialFill represents a PartialFill error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorPartialFill struct {
	Received *big.Int
	Wanted   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PartialFill(uint256 received, uint256 wanted)
func MorphoLiquidationExecutorPartialFillErrorID() common.Hash {
	return common.HexToHash("0x20aae256be3cace9c4f7d6a762653caa900a93b7d3b9aa8965ffbd1ee9931e55")
}

// UnpackPartialFillError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PartialFill(uint256 received, uint256 wanted)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackPartialFillError(raw []byte) (*MorphoLiquidationExecutorPartialFill, error) {
	out := new(MorphoLiquidationExecutorPartialFill)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "PartialFill", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorPoolRequired represents a PoolRequired error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorPoolRequired struct {
	Funding     uint8
	ProfitToken uint8
	MinProfit   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolRequired(uint8 funding, uint8 profitToken, uint256 minProfit)
func MorphoLiquidationExecutorPoolRequiredErrorID() common.Hash {
	return common.HexToHash("0xe0477a55c5cced74abbe1622f1f387ef78a669d9284fded0adbffc339c416b51")
}

// UnpackPoolRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolRequired(uint8 funding, uint8 profitToken, uint256 minProfit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackPoolRequiredError(raw []byte) (*MorphoLiquidationExecutorPoolRequired, error) {
	out := new(MorphoLiquidationExecutorPoolRequired)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "PoolRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorPoolTokensMismatch represents a PoolTokensMismatch error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorPoolTokensMismatch struct {
	Pool   common.Address
	Token0 common.Address
	Token1 common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PoolTokensMismatch(address pool, address token0, address token1)
func MorphoLiquidationExecutorPoolTokensMismatchErrorID() common.Hash {
	return common.HexToHash("0x53c1b15671fbb2af3088096a84556449b4114e66d75c224cbd74521a16aba7bd")
}

// UnpackPoolTokensMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PoolTokensMismatch(address pool, address token0, address token1)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackPoolTokensMismatchError(raw []byte) (*MorphoLiquidationExecutorPoolTokensMismatch, error) {
	out := new(MorphoLiquidationExecutorPoolTokensMismatch)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "PoolTokensMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorProfitBelowMinimum represents a ProfitBelowMinimum error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorProfitBelowMinimum struct {
	Profit    *big.Int
	MinProfit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func MorphoLiquidationExecutorProfitBelowMinimumErrorID() common.Hash {
	return common.HexToHash("0x4cfb9d19b76615e32d0ab5e90c85ec152649ac5290c276c98ec48573e598e1e3")
}

// UnpackProfitBelowMinimumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProfitBelowMinimum(int256 profit, uint256 minProfit)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackProfitBelowMinimumError(raw []byte) (*MorphoLiquidationExecutorProfitBelowMinimum, error) {
	out := new(MorphoLiquidationExecutorProfitBelowMinimum)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "ProfitBelowMinimum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func MorphoLiquidationExecutorReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackReentrancyGuardReentrantCallError(raw []byte) (*MorphoLiquidationExecutorReentrancyGuardReentrantCall, error) {
	out := new(MorphoLiquidationExecutorReentrancyGuardReentrantCall)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorSafeCastOverflowedUintToInt represents a SafeCastOverflowedUintToInt error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorSafeCastOverflowedUintToInt struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func MorphoLiquidationExecutorSafeCastOverflowedUintToIntErrorID() common.Hash {
	return common.HexToHash("0x24775e0629ae69d78c11bae050651b81820407f300ff750ff2be51e4ce75c37f")
}

// UnpackSafeCastOverflowedUintToIntError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintToInt(uint256 value)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackSafeCastOverflowedUintToIntError(raw []byte) (*MorphoLiquidationExecutorSafeCastOverflowedUintToInt, error) {
	out := new(MorphoLiquidationExecutorSafeCastOverflowedUintToInt)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintToInt", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorSafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorSafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func MorphoLiquidationExecutorSafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackSafeERC20FailedOperationError(raw []byte) (*MorphoLiquidationExecutorSafeERC20FailedOperation, error) {
	out := new(MorphoLiquidationExecutorSafeERC20FailedOperation)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorSaleShort represents a SaleShort error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorSaleShort struct {
	Received *big.Int
	Repaid   *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SaleShort(uint256 received, uint256 repaid)
func MorphoLiquidationExecutorSaleShortErrorID() common.Hash {
	return common.HexToHash("0x392379fa073475b03810d53e71df7103662bdb49fd19ed15a88d938007f78865")
}

// UnpackSaleShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SaleShort(uint256 received, uint256 repaid)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackSaleShortError(raw []byte) (*MorphoLiquidationExecutorSaleShort, error) {
	out := new(MorphoLiquidationExecutorSaleShort)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "SaleShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorUnexpectedCallback represents a UnexpectedCallback error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorUnexpectedCallback struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnexpectedCallback(address caller)
func MorphoLiquidationExecutorUnexpectedCallbackErrorID() common.Hash {
	return common.HexToHash("0xc22211893c133ccd1239237c27ad3df52f6d98ed96ab7424ec759428d81e3e79")
}

// UnpackUnexpectedCallbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnexpectedCallback(address caller)
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackUnexpectedCallbackError(raw []byte) (*MorphoLiquidationExecutorUnexpectedCallback, error) {
	out := new(MorphoLiquidationExecutorUnexpectedCallback)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "UnexpectedCallback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MorphoLiquidationExecutorZeroLoanAmount represents a ZeroLoanAmount error raised by the MorphoLiquidationExecutor contract.
type MorphoLiquidationExecutorZeroLoanAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroLoanAmount()
func MorphoLiquidationExecutorZeroLoanAmountErrorID() common.Hash {
	return common.HexToHash("0x64b74bd83ba3b327b4325089e2f178dff48b0bc592747cd65b8e032db4332a56")
}

// UnpackZeroLoanAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroLoanAmount()
func (morphoLiquidationExecutor *MorphoLiquidationExecutor) UnpackZeroLoanAmountError(raw []byte) (*MorphoLiquidationExecutorZeroLoanAmount, error) {
	out := new(MorphoLiquidationExecutorZeroLoanAmount)
	if err := morphoLiquidationExecutor.abi.UnpackIntoInterface(out, "ZeroLoanAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
