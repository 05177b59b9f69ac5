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

// BatchExecutorAttempt is an auto generated low-level Go binding around an user-defined struct.
type BatchExecutorAttempt struct {
	Success bool
	Repaid  *big.Int
	Seized  *big.Int
}

// MarketParams is an auto generated low-level Go binding around an user-defined struct.
type MarketParams struct {
	LoanToken       common.Address
	CollateralToken common.Address
	Oracle          common.Address
	Irm             common.Address
	Lltv            *big.Int
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
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"morpho\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"},{\"name\":\"initialOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"MORPHO\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIMorpho\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"liquidate\",\"inputs\":[{\"name\":\"marketParams\",\"type\":\"tuple\",\"internalType\":\"structMarketParams\",\"components\":[{\"name\":\"loanToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"collateralToken\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"oracle\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"irm\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"lltv\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"liquidations\",\"type\":\"tuple[]\",\"internalType\":\"structMorphoLiquidationExecutor.Liquidation[]\",\"components\":[{\"name\":\"borrower\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"seizedAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"repaidShares\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"params\",\"type\":\"tuple\",\"internalType\":\"structMorphoLiquidationExecutor.Params\",\"components\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"contractIUniswapV3Pool\"},{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]}],\"outputs\":[{\"name\":\"attempts\",\"type\":\"tuple[]\",\"internalType\":\"structBatchExecutor.Attempt[]\",\"components\":[{\"name\":\"success\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"name\":\"profit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"onMorphoLiquidate\",\"inputs\":[{\"name\":\"repaidAssets\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"uniswapV3SwapCallback\",\"inputs\":[{\"name\":\"amount0Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"amount1Delta\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"data\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"BatchLiquidated\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"Id\"},{\"name\":\"funding\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"attempted\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"succeeded\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"profit\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LiquidationAttempted\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"Id\"},{\"name\":\"borrower\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"success\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"seized\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"bytes\",\"indexed\":false,\"internalType\":\"bytes\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CollateralShort\",\"inputs\":[{\"name\":\"owed\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"held\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyBatch\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"LoanAmountWithCallback\",\"inputs\":[{\"name\":\"loanAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"PartialFill\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"wanted\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolRequired\",\"inputs\":[{\"name\":\"funding\",\"type\":\"uint8\",\"internalType\":\"enumMorphoLiquidationExecutor.Funding\"},{\"name\":\"profitToken\",\"type\":\"uint8\",\"internalType\":\"enumBatchExecutor.ProfitToken\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"PoolTokensMismatch\",\"inputs\":[{\"name\":\"pool\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token0\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"token1\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ProfitBelowMinimum\",\"inputs\":[{\"name\":\"profit\",\"type\":\"int256\",\"internalType\":\"int256\"},{\"name\":\"minProfit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintToInt\",\"inputs\":[{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SaleShort\",\"inputs\":[{\"name\":\"received\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"repaid\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnexpectedCallback\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroLoanAmount\",\"inputs\":[]}]",
	ID:  "MorphoLiquidationExecutor",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051611f50380380611f5083398101604081905261002e916100e0565b80806001600160a01b03811661005d57604051631e4fbdf760e01b81525f600482015260240160405180910390fd5b6100668161007a565b5050506001600160a01b0316608052610118565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b03811681146100dd575f5ffd5b50565b5f5f604083850312156100f1575f5ffd5b82516100fc816100c9565b602084015190925061010d816100c9565b809150509250929050565b608051611e0561014b5f395f818160a3015281816101960152818161056d015281816107220152610ebc0152611e055ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063cf7ea19611610058578063cf7ea196146100fa578063ea4c3ed41461010d578063f2fde38b1461012e578063fa461e3314610141575f5ffd5b806301681a62146100895780633acb56241461009e578063715018a6146100e25780638da5cb5b146100ea575b5f5ffd5b61009c610097366004611628565b610154565b005b6100c57f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020015b60405180910390f35b61009c610178565b5f546001600160a01b03166100c5565b61009c61010836600461168f565b61018b565b61012061011b3660046116ed565b6103b4565b6040516100d9929190611782565b61009c61013c366004611628565b6107f1565b61009c61014f3660046117ec565b61082b565b61015c61086a565b610164610896565b61016d816108cb565b610175610906565b50565b61018061086a565b6101895f610930565b565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161415806101e857505f516020611da55f395f51905f525c82826040516101dd92919061183b565b604051809103902014155b1561020d5760405163c222118960e01b81523360048201526024015b60405180910390fd5b6102245f516020611da55f395f51905f525f61097f565b5f61023182840184611872565b90505f8160a001516102468360400151610986565b6102509190611932565b6040805160608082018352858301516001600160a01b03168252850151151560208201529081018290526080840151919250901561033f57815f036102b157604051631c91bcfd60e11b81525f600482015260248101879052604401610204565b5f5f6102ed855f015186606001516102c8876109f4565b866040516020016102d99190611945565b604051602081830303815290604052610a24565b915091505f61030a86606001516103045783610b42565b82610b42565b90508881101561033757604051631c91bcfd60e11b815260048101829052602481018a9052604401610204565b5050506103ac565b85156103ac575f5f610365855f0151866060015161035c8b6109f4565b6102c890611971565b915091505f61037c86606001516103045783610b42565b90508881146103a857604051631055712b60e11b815260048101829052602481018a9052604401610204565b5050505b505050505050565b60605f6103bf61086a565b6103c7610896565b5f8490036103e85760405163c2e5347d60e01b815260040160405180910390fd5b5f6103f660208501856119ab565b60018111156104075761040761198b565b14801561041657506060830135155b1561043457604051630c96e97b60e31b815260040160405180910390fd5b600161044360208501856119ab565b60018111156104545761045461198b565b1480156104645750606083013515155b15610488576040516308bed23b60e01b815260608401356004820152602401610204565b5f6104966020880188611628565b90505f6104a96040890160208a01611628565b90505f806104bd6060880160408901611628565b6001600160a01b0316146104ec576104e56104de6060880160408901611628565b8484610b59565b905061055e565b60016104fb60208801886119ab565b600181111561050c5761050c61198b565b148061051b5750608086013515155b1561055e5761052d60208701876119ab565b61053d60408801602089016119ab565b876080013560405163e0477a5560e01b8152600401610204939291906119e2565b6105936001600160a01b0384167f00000000000000000000000000000000000000000000000000000000000000005f19610ccf565b5f60016105a360208901896119ab565b60018111156105b4576105b461198b565b0361068f575f6040518060c001604052808960400160208101906105d89190611628565b6001600160a01b03908116825287811660208301528616604082015284151560608201526080015f61061060408c0160208d016119ab565b60018111156106215761062161198b565b1481525f60209091015290506106398b8b8b84610d4e565b96505f61064c60408a0160208b016119ab565b600181111561065d5761065d61198b565b0361067a5761067361066e86610986565b6109f4565b9150610689565b61068661066e85610986565b91505b5061071b565b6106a86001600160a01b038516333060608b01356110a8565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101919091526106e58b8b8b84610d4e565b96506107176106fa60608a0160408b01611628565b86868661070d60408e0160208f016119ab565b8d606001356110e4565b9150505b61074c84847f0000000000000000000000000000000000000000000000000000000000000000848b60800135611196565b94505f5f5f61075a896111fb565b9194509250905061077a610773368f90038f018f611a0c565b60a0902090565b7fcf485c4829b7cc403719e15d6c364bc9e88c5c4613ba75b23434ab4044bd3ff46107a860208d018d6119ab565b6107b860408e0160208f016119ab565b8c518787878f6040516107d19796959493929190611aa9565b60405180910390a2505050505050506107e8610906565b94509492505050565b6107f961086a565b6001600160a01b03811661082257604051631e4fbdf760e01b81525f6004820152602401610204565b61017581610930565b5f610836838361129f565b90505f61084583850185611af2565b90506103ac82825f0151836020015161085e5787610860565b885b846040015161134b565b5f546001600160a01b031633146101895760405163118cdaa760e01b8152336004820152602401610204565b61089e61139a565b61018960017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b9061097f565b5f6108d582610986565b90508015610902576109026108f15f546001600160a01b031690565b6001600160a01b03841690836113da565b5050565b6101895f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f006108c5565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b80825d5050565b6040516370a0823160e01b81523060048201525f906001600160a01b038316906370a0823190602401602060405180830381865afa1580156109ca573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ee9190611b67565b92915050565b5f6001600160ff1b03821115610a205760405163123baf0360e11b815260048101839052602401610204565b5090565b5f80610a465f516020611de55f395f51905f526001600160a01b03881661097f565b610a645f516020611dc55f395f51905f52848051906020012061097f565b856001600160a01b031663128acb0830878789610a9f57610a9a600173fffd8963efd1fc6a4fc78892a0b72bce319f2b87611b7e565b610aaf565b610aaf6401000276a36001611b9d565b886040518663ffffffff1660e01b8152600401610ad0959493929190611bea565b60408051808303815f875af1158015610aeb573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610b0f9190611c2f565b9092509050610b2b5f516020611de55f395f51905f525f61097f565b6107e85f516020611dc55f395f51905f525f61097f565b5f5f8212610b50575f6109ee565b6109ee82611971565b5f5f846001600160a01b0316630dfe16816040518163ffffffff1660e01b8152600401602060405180830381865afa158015610b97573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610bbb9190611c51565b90505f856001600160a01b031663d21220a76040518163ffffffff1660e01b8152600401602060405180830381865afa158015610bfa573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610c1e9190611c51565b9050836001600160a01b0316826001600160a01b03161492505f83610c7457856001600160a01b0316836001600160a01b0316148015610c6f5750846001600160a01b0316826001600160a01b0316145b610c8a565b856001600160a01b0316826001600160a01b0316145b905080610cc5576040516329e0d8ab60e11b81526001600160a01b038089166004830152808516602483015283166044820152606401610204565b5050509392505050565b610cdb8383835f6113e7565b610d4957610cec83835f60016113e7565b610d1457604051635274afe760e01b81526001600160a01b0384166004820152602401610204565b610d2183838360016113e7565b610d4957604051635274afe760e01b81526001600160a01b0384166004820152602401610204565b505050565b60605f610d6361077336889003880188611a0c565b83519091506001600160a01b031615158467ffffffffffffffff811115610d8c57610d8c61184a565b604051908082528060200260200182016040528015610de057816020015b610dcd60405180606001604052805f151581526020015f81526020015f81525090565b815260200190600190039081610daa5790505b5092505f5b8581101561109d5736878783818110610e0057610e00611c6c565b905060600201905060608315610eb057610e1d8760400151610986565b60a0880152604051610e8190889060200181516001600160a01b0390811682526020808401518216908301526040808401519091169082015260608083015115159082015260808083015115159082015260a0918201519181019190915260c00190565b6040516020818303038152906040529050610eb05f516020611da55f395f51905f52828051906020012061097f565b60606001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663d8eabcb88c610eef6020870187611628565b86602001358760400135876040518663ffffffff1660e01b8152600401610f1a959493929190611c80565b60408051808303815f875af1925050508015610f53575060408051601f3d908101601f19168201909252610f5091810190611c2f565b60015b610f8d573d808015610f80576040519150601f19603f3d011682016040523d82523d5f602084013e610f85565b606091505b509050610fcb565b604051806060016040528060011515815260200182815260200183815250898781518110610fbd57610fbd611c6c565b602002602001018190525050505b8415610fe857610fe85f516020611da55f395f51905f525f61097f565b610ff56020840184611628565b6001600160a01b0316867f93a0216a71edb005046f6ce0aa955ffb048c3369bf6f0e09599eb3ddf23a0de789878151811061103257611032611c6c565b60200260200101515f01518a888151811061104f5761104f611c6c565b6020026020010151602001518b898151811061106d5761106d611c6c565b6020026020010151604001518660405161108a9493929190611d2d565b60405180910390a3505050600101610de5565b505050949350505050565b6110b6848484846001611449565b6110de57604051635274afe760e01b81526001600160a01b0385166004820152602401610204565b50505050565b5f6001600160a01b0387166110fa57505f61118c565b5f83600181111561110d5761110d61198b565b036111435761111d8786866114b6565b611126826109f4565b61113261066e88610986565b61113c9190611d53565b905061118c565b5f61114d87610986565b90505f83821061115d575f611167565b6111678285611932565b9050801561117b5761117b89888884611513565b61118761066e88610986565b925050505b9695505050505050565b5f6111ab6001600160a01b0387168583610ccf565b6111b4826109f4565b8312156111de57604051634cfb9d1960e01b81526004810184905260248101839052604401610204565b50816111e9866108cb565b6111f2856108cb565b95945050505050565b5f8080805b84518110156112975784818151811061121b5761121b611c6c565b60200260200101515f01511561128f578361123581611d79565b94505084818151811061124a5761124a611c6c565b602002602001015160200151836112619190611d91565b925084818151811061127557611275611c6c565b6020026020010151604001518261128c9190611d91565b91505b600101611200565b509193909250565b5f516020611de55f395f51905f525c6001600160a01b03811615806112cd5750336001600160a01b03821614155b806112fd57505f516020611dc55f395f51905f525c83836040516112f292919061183b565b604051809103902014155b1561131d5760405163c222118960e01b8152336004820152602401610204565b6113345f516020611de55f395f51905f525f61097f565b6109ee5f516020611dc55f395f51905f525f61097f565b5f8213156110de57818181111561137f5760405163b73f0d1760e01b81526004810182905260248101839052604401610204565b6113936001600160a01b03851686836113da565b5050505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c1561018957604051633ee5aeb560e01b815260040160405180910390fd5b610d2183838360016115ca565b60405163095ea7b360e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661143d578383151615611431573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b6040516323b872dd60e01b5f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f511483166114a5578383151615611499573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b5f6114c083610986565b9050805f036114cf5750505050565b6103ac84836114dd846109f4565b6040518060600160405280886001600160a01b031681526020018715158152602001868152506040516020016102d99190611945565b5f6040518060600160405280856001600160a01b03168152602001841515815260200161153f86610986565b90526040516115519190602001611945565b60405160208183030381529060405290505f5f6115818786611572876109f4565b61157b90611971565b86610a24565b915091505f611594866103045783610b42565b90508481146115c057604051631055712b60e11b81526004810182905260248101869052604401610204565b5050505050505050565b60405163a9059cbb60e01b5f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f5114831661143d578383151615611431573d5f823e3d81fd5b6001600160a01b0381168114610175575f5ffd5b5f60208284031215611638575f5ffd5b813561164381611614565b9392505050565b5f5f83601f84011261165a575f5ffd5b50813567ffffffffffffffff811115611671575f5ffd5b602083019150836020828501011115611688575f5ffd5b9250929050565b5f5f5f604084860312156116a1575f5ffd5b83359250602084013567ffffffffffffffff8111156116be575f5ffd5b6116ca8682870161164a565b9497909650939450505050565b5f60a082840312156116e7575f5ffd5b50919050565b5f5f5f5f6101608587031215611701575f5ffd5b61170b86866116d7565b935060a085013567ffffffffffffffff811115611726575f5ffd5b8501601f81018713611736575f5ffd5b803567ffffffffffffffff81111561174c575f5ffd5b876020606083028401011115611760575f5ffd5b602091909101935091506117778660c087016116d7565b905092959194509250565b604080825283519082018190525f9060208501906060840190835b818110156117d957835180511515845260208101516020850152604081015160408501525060608301925060208401935060018101905061179d565b5050602093909301939093525092915050565b5f5f5f5f606085870312156117ff575f5ffd5b8435935060208501359250604085013567ffffffffffffffff811115611823575f5ffd5b61182f8782880161164a565b95989497509550505050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b8035801515811461186d575f5ffd5b919050565b5f60c0828403128015611883575f5ffd5b5060405160c0810167ffffffffffffffff811182821017156118b357634e487b7160e01b5f52604160045260245ffd5b60405282356118c181611614565b815260208301356118d181611614565b602082015260408301356118e481611614565b60408201526118f56060840161185e565b60608201526119066080840161185e565b608082015260a0928301359281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b818103818111156109ee576109ee61191e565b81516001600160a01b031681526020808301511515908201526040918201519181019190915260600190565b5f600160ff1b82016119855761198561191e565b505f0390565b634e487b7160e01b5f52602160045260245ffd5b60028110610175575f5ffd5b5f602082840312156119bb575f5ffd5b81356116438161199f565b6002811061017557634e487b7160e01b5f52602160045260245ffd5b606081016119ef856119c6565b8482526119fb846119c6565b602082019390935260400152919050565b5f60a0828403128015611a1d575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715611a4d57634e487b7160e01b5f52604160045260245ffd5b6040528235611a5b81611614565b81526020830135611a6b81611614565b60208201526040830135611a7e81611614565b60408201526060830135611a9181611614565b60608201526080928301359281019290925250919050565b60e08101611ab6896119c6565b888252611ac2886119c6565b8760208301528660408301528560608301528460808301528360a08301528260c083015298975050505050505050565b5f6060828403128015611b03575f5ffd5b506040516060810167ffffffffffffffff81118282101715611b3357634e487b7160e01b5f52604160045260245ffd5b6040528235611b4181611614565b8152611b4f6020840161185e565b60208201526040928301359281019290925250919050565b5f60208284031215611b77575f5ffd5b5051919050565b6001600160a01b0382811682821603908111156109ee576109ee61191e565b6001600160a01b0381811683821601908111156109ee576109ee61191e565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b6001600160a01b0386811682528515156020830152604082018590528316606082015260a0608082018190525f90611c2490830184611bbc565b979650505050505050565b5f5f60408385031215611c40575f5ffd5b505080516020909101519092909150565b5f60208284031215611c61575f5ffd5b815161164381611614565b634e487b7160e01b5f52603260045260245ffd5b5f8635611c8c81611614565b6001600160a01b031682526020870135611ca581611614565b6001600160a01b031660208301526040870135611cc181611614565b6001600160a01b031660408301526060870135611cdd81611614565b6001600160a01b0316606083015260808781013590830152611d0a60a08301876001600160a01b03169052565b8460c08301528360e0830152610120610100830152611c24610120830184611bbc565b8415158152836020820152826040820152608060608201525f61118c6080830184611bbc565b8181035f831280158383131683831282161715611d7257611d7261191e565b5092915050565b5f60018201611d8a57611d8a61191e565b5060010190565b808201808211156109ee576109ee61191e56fe5b6b12b7a353904b0a65bdfbecc8ec2743e24d82cc7837f6a734f89d639e1e30d4b440a74738e161c171d979d0e37a347351de3411f11905d7969dd09643de4274d3e6f18ea4bdc24fdca38712ac7705cbe471f33729f9911c43a03193f2e3a0",
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
	Attempts []BatchExecutorAttempt
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
	outstruct.Attempts = *abi.ConvertType(out[0], new([]BatchExecutorAttempt)).(*[]BatchExecutorAttempt)
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
