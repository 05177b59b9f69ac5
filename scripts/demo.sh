#!/usr/bin/env bash
# The ltvkeeper demonstration: one loan through its life on a local Anvil chain.
# Deploys with `ltvkeeper deploy --dev`, then a borrower locks 0.1 BTC and borrows $2,000,
# the price moves (the worked example: 20%, 16.67%, 25% LTV), BTC crashes past the
# liquidation line, a liquidator restores the target LTV, and the borrower repays and leaves.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=contracts/tools/node_modules/.bin
PORT=${DEMO_PORT:-8545}
RPC=http://127.0.0.1:$PORT
# Anvil's public, well-known development keys (accounts 0, 1 and 2).
DEPLOYER_KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80
BORROWER_KEY=0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d
LIQUIDATOR_KEY=0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a

work=$(mktemp -d)
"$BIN/anvil" --port "$PORT" --silent &
anvil_pid=$!
trap 'kill $anvil_pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  "$BIN/cast" chain-id --rpc-url "$RPC" >/dev/null 2>&1 && break
  kill -0 $anvil_pid 2>/dev/null || { echo "anvil could not start on port $PORT (set DEMO_PORT to a free port)" >&2; exit 1; }
  sleep 0.1
done

LTVKEEPER_PRIVATE_KEY=$DEPLOYER_KEY bin/ltvkeeper --log.level warn deploy --rpc "$RPC" --dev \
  --btc-price 100000 --liquidity 1000000 --out "$work/deployment.json"
field() { node -p "require('$work/deployment.json').markets[0].$1"; }
MARKET=$(field market) WBTC=$(field collateralToken) USDC=$(field loanToken) FEED=$(field priceFeed)
BORROWER=$("$BIN/cast" wallet address "$BORROWER_KEY")
LIQUIDATOR=$("$BIN/cast" wallet address "$LIQUIDATOR_KEY")

send() { local key=$1; shift; "$BIN/cast" send --rpc-url "$RPC" --private-key "$key" "$@" >/dev/null; }
num() { "$BIN/cast" call --rpc-url "$RPC" "$@" | awk '{print $1}'; }
pct() { awk -v w="$1" 'BEGIN { printf "%.2f%%", w / 1e16 }'; }
usd() { awk -v u="$1" 'BEGIN { printf "$%.2f", u / 1e6 }'; }
btc() { awk -v s="$1" 'BEGIN { printf "%.8f BTC", s / 1e8 }'; }
price() { send "$DEPLOYER_KEY" "$FEED" "setPrice(int256)" "$(($1 * 100000000))"; }
ltv() { pct "$(num "$MARKET" "ltv(address)(uint256)" "$BORROWER")"; }

echo "== borrower locks 0.1 BTC and borrows \$2,000 at \$100,000 a BTC"
send "$BORROWER_KEY" "$WBTC" "mint(address,uint256)" "$BORROWER" 10000000
send "$BORROWER_KEY" "$WBTC" "approve(address,uint256)" "$MARKET" 10000000
send "$BORROWER_KEY" "$MARKET" "depositCollateral(uint256,address)" 10000000 "$BORROWER"
send "$BORROWER_KEY" "$MARKET" "borrow(uint256,address)" 2000000000 "$BORROWER"
echo "   collateral \$10,000 -> LTV $(ltv)"
price 120000; echo "   BTC at \$120,000 (collateral \$12,000) -> LTV $(ltv)"
price 80000;  echo "   BTC at \$80,000 (collateral \$8,000)   -> LTV $(ltv)"
echo "   margin call at $(usd "$(($(num "$MARKET" "marginCallPrice(address)(uint256)" "$BORROWER") / 100))") a BTC," \
     "liquidation at $(usd "$(($(num "$MARKET" "liquidationPrice(address)(uint256)" "$BORROWER") / 100))") a BTC"

echo "== BTC crashes to \$24,000"
price 24000
echo "   LTV $(ltv): past the 80% liquidation line"
send "$LIQUIDATOR_KEY" "$USDC" "mint(address,uint256)" "$LIQUIDATOR" 10000000000
send "$LIQUIDATOR_KEY" "$USDC" "approve(address,uint256)" "$MARKET" 10000000000
send "$LIQUIDATOR_KEY" "$MARKET" "liquidate(address,uint256)" "$BORROWER" 10000000000
echo "   liquidator repaid $(usd $((10000000000 - $(num "$USDC" "balanceOf(address)(uint256)" "$LIQUIDATOR"))))" \
     "and seized $(btc "$(num "$WBTC" "balanceOf(address)(uint256)" "$LIQUIDATOR")") (5% bonus)"
echo "   LTV back to $(ltv) (target 70%)"

echo "== borrower repays everything and withdraws the rest"
send "$BORROWER_KEY" "$USDC" "approve(address,uint256)" "$MARKET" 10000000000
send "$BORROWER_KEY" "$MARKET" "repay(uint256,address)" "$("$BIN/cast" max-uint)" "$BORROWER"
left=$(num "$MARKET" "collateral(address)(uint256)" "$BORROWER")
send "$BORROWER_KEY" "$MARKET" "withdrawCollateral(uint256,address)" "$left" "$BORROWER"
echo "   debt $(usd "$("$BIN/cast" call --rpc-url "$RPC" "$MARKET" "position(address)(uint256,uint256)" "$BORROWER" | sed -n 2p | awk '{print $1}')")," \
     "borrower holds $(btc "$(num "$WBTC" "balanceOf(address)(uint256)" "$BORROWER")") again"
