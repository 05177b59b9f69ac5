package keeper

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/ltvkeeper/ltvkeeper/protocol"
)

// MarketLeaseNamespace is the first key of the market leases' advisory locks on a chain.
func MarketLeaseNamespace(chainID uint64) int32 {
	return (&leases{chainID: chainID}).marketLock(protocol.AddressID(common.Address{})).ns
}
