// Package devnet runs a complete local ltvkeeper environment: an Anvil chain whose state
// survives restarts, a Postgres database (a private cluster unless one is given), the
// contracts deployed with mock tokens and the development BTC/USD feed (an aggregator behind
// Chainlink's EACAggregatorProxy, as mainnet's BTC/USD) and a real Uniswap v3 WBTC/USDC pool
// that follows the feed's price, a funded keeper account,
// demo borrowers and a lender. Its functions also drive a running devnet: open many
// positions (Seed), move the price (SetPrice, ChangePrice) and replay a price history
// (Replay).
package devnet

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/jackc/pgx/v5"

	"github.com/ltvkeeper/ltvkeeper/api"
	"github.com/ltvkeeper/ltvkeeper/bindings"
	"github.com/ltvkeeper/ltvkeeper/chain"
	"github.com/ltvkeeper/ltvkeeper/deploy"
	"github.com/ltvkeeper/ltvkeeper/indexdb"
	"github.com/ltvkeeper/ltvkeeper/internal/foundry"
	"github.com/ltvkeeper/ltvkeeper/internal/pgcluster"
	"github.com/ltvkeeper/ltvkeeper/node"
	"github.com/ltvkeeper/ltvkeeper/protocol/morpho"
)

// Defaults of Config.
const (
	DefaultDir       = ".devnet"
	DefaultPort      = 8545
	DefaultBlockTime = time.Second // the command's default; Config's zero value automines
	DefaultBorrowers = 20
	DefaultAPIAddr   = "127.0.0.1:8080"
	// DatabaseName is the database a private cluster holds.
	DatabaseName = "ltvkeeper"
	// DefaultLTVMin and DefaultLTVMax bound the LTVs of the demo borrowers Start opens.
	DefaultLTVMin, DefaultLTVMax = 0.2, 0.5
)

// The roles of Anvil's prefunded accounts in a devnet.
const (
	deployerKey = 0 // deploys and supplies the first liquidity
	keeperKey   = 1 // the keeper: liquidates
	priceKey    = 2 // owns the development feed: publishes its prices
	lenderKey   = 3 // the first demo lender
	lender2Key  = 4 // the second demo lender
)

// lenderKeys are the demo lenders', each supplying lenderUSDC at a fresh deployment.
var lenderKeys = []int{lenderKey, lender2Key}

var (
	keeperUSDC = big.NewInt(1_000_000e6)  // minted to the keeper, to repay debt when liquidating
	lenderUSDC = big.NewInt(1_000_000e6)  // supplied by each demo lender
	liquidity  = big.NewInt(10_000_000e6) // supplied by the deployer
	btcPrice   = big.NewInt(60_000e8)
)

// Config is what Start starts.
type Config struct {
	Dir       string        // state folder: "" is DefaultDir
	Port      int           // Anvil's port: 0 is DefaultPort
	BlockTime time.Duration // a block every BlockTime; 0 mines a block per transaction (automine)
	// DB is the URL of a Postgres database to use ("" reads $DATABASE_URL; when that is
	// empty too, a private cluster in Dir/pg is created once and started on every run).
	DB string
	// PrivateDB ignores $DATABASE_URL: with DB empty, the private cluster is used even when
	// DATABASE_URL is set (a throwaway devnet never writes into a shared database).
	PrivateDB bool
	// AllowInstall lets Start install postgresql-15 with apt when the private cluster needs
	// it and no Postgres binaries exist.
	AllowInstall bool
	Borrowers    int      // demo borrowers opened on the first run: 0 is DefaultBorrowers, <0 none
	BTCPrice     *big.Int // the feed's first price, in feed units (8 decimals): nil is $60,000
	APIAddr      string   // where RunNode serves the API and /metrics: "" is DefaultAPIAddr (Start checks a given one is free)
	MaxLag       uint64   // blocks the index may trail the head before /healthz fails: 0 is node.DefaultMaxLag
	// KeeperUSDC is minted to the keeper at a fresh deployment: nil is 1,000,000 USDC; zero
	// mints none (a keeper that liquidates only through flash swaps).
	KeeperUSDC *big.Int
	// Protocol is what a fresh deployment holds: ProtocolLtvkeeper ("" too), ltvkeeper's
	// market alone, ProtocolMorpho, a Morpho Blue market alone over a feed of its own, or
	// ProtocolBoth, a Morpho Blue market beside ltvkeeper's (see deployMorpho).
	Protocol string
	// Ephemeral throws the chain away at the end: Anvil keeps no state file, so it spends no
	// time writing one (a chain of 100,000 borrowers is over a gigabyte, dumped every minute),
	// and the next start deploys afresh. For benchmarks.
	Ephemeral bool
	// PruneHistory, with Ephemeral, keeps only the last few blocks' states in Anvil's memory
	// (--prune-history), so that a chain of a million borrowers fits in it: calls at older
	// blocks fail, and the indexer reads what it needs of a feed at the head instead.
	PruneHistory bool
	Log          *slog.Logger // nil is slog.Default()
}

// Info is the content of Dir/devnet.json: where a running devnet's parts are. It never
// holds a key.
type Info struct {
	RPCURL      string           `json:"rpcUrl"`
	DBURL       string           `json:"dbUrl"` // without its password
	APIURL      string           `json:"apiUrl"`
	Deployment  string           `json:"deployment"` // path of the deployment file
	ChainID     uint64           `json:"chainId"`
	Deployer    common.Address   `json:"deployer"`
	Keeper      common.Address   `json:"keeper"`
	Lender      common.Address   `json:"lender"`  // the first of Lenders
	Lenders     []common.Address `json:"lenders"` // the demo lenders
	PriceSetter common.Address   `json:"priceSetter"`
}

// Devnet is a started devnet. Stop it with Stop.
type Devnet struct {
	Info
	Dir        string
	Deployment *deploy.Deployment
	Fresh      bool             // the contracts were deployed by this Start (not reused)
	Borrowers  []common.Address // the demo borrowers this Start opened (none when reused)

	cfg     Config
	db      string // the full database URL
	log     *slog.Logger
	anvil   *anvilProcess
	cluster *pgcluster.Cluster // nil with an external database
	lock    *os.File
	pids    bool // this Start wrote PidsFile
}

// InfoFile is the name of the file Start writes in the state folder.
const InfoFile = "devnet.json"

// Start starts a devnet in cfg.Dir: Anvil (its state kept in the folder), Postgres, and on
// the first run the deployment, the funded keeper, the lender and the demo borrowers.
func Start(ctx context.Context, cfg Config) (_ *Devnet, err error) {
	if cfg.Dir == "" {
		cfg.Dir = DefaultDir
	}
	if cfg.Port == 0 {
		cfg.Port = DefaultPort
	}
	if cfg.Borrowers == 0 {
		cfg.Borrowers = DefaultBorrowers
	}
	apiAddr := cfg.APIAddr // checked to be free when given
	if cfg.APIAddr == "" {
		cfg.APIAddr = DefaultAPIAddr
	}
	if cfg.BTCPrice == nil {
		cfg.BTCPrice = btcPrice
	}
	if cfg.Log == nil {
		cfg.Log = slog.Default()
	}
	if cfg.BlockTime < 0 {
		return nil, fmt.Errorf("block time %s: want 0 (a block per transaction) or more", cfg.BlockTime)
	}
	if cfg.Protocol == "" {
		cfg.Protocol = ProtocolLtvkeeper
	}
	if !slices.Contains(Protocols, cfg.Protocol) {
		return nil, fmt.Errorf("protocol %q: want one of %s", cfg.Protocol, strings.Join(Protocols, ", "))
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	d := &Devnet{Dir: dir, cfg: cfg, log: cfg.Log}
	defer func() {
		if err != nil {
			d.Stop()
		}
	}()
	// A devnet killed before it could stop its children leaves them running. With the folder
	// locked (no devnet runs in it) they are stopped before the ports are looked at; nothing
	// is created before every port is known to be free.
	if _, statErr := os.Stat(dir); statErr == nil {
		if d.lock, err = lockDir(dir); err != nil {
			return nil, err
		}
		if err := reapOrphans(dir, d.log); err != nil {
			return nil, err
		}
	}
	if err := checkPort(fmt.Sprintf("127.0.0.1:%d", cfg.Port), "--port"); err != nil {
		return nil, err
	}
	if apiAddr != "" {
		if err := checkPort(apiAddr, "--api.addr"); err != nil {
			return nil, err
		}
	}
	// World-traversable, so that a private cluster's server (user postgres, when run as
	// root) reaches dir/pg.
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("devnet folder %s: %w", dir, err)
	}
	if d.lock == nil {
		if d.lock, err = lockDir(dir); err != nil {
			return nil, err
		}
	}

	if d.anvil, err = startAnvil(ctx, dir, cfg.Port, cfg.BlockTime, !cfg.Ephemeral, cfg.Ephemeral && cfg.PruneHistory, d.log); err != nil {
		return nil, err
	}
	d.RPCURL = d.anvil.url
	if err := d.writeChildren(); err != nil {
		return nil, err
	}
	if err := d.startDB(ctx); err != nil {
		return nil, err
	}
	if err := d.writeChildren(); err != nil {
		return nil, err
	}
	if err := d.setUp(ctx); err != nil {
		return nil, err
	}
	d.APIURL = "http://" + cfg.APIAddr
	d.Info.Deployment = filepath.Join(dir, "deployment.json")
	d.ChainID = d.Deployment.ChainID
	d.Deployer = address(deployerKey)
	d.Keeper = address(keeperKey)
	d.Lender = address(lenderKey)
	d.Lenders = nil
	for _, k := range lenderKeys {
		d.Lenders = append(d.Lenders, address(k))
	}
	d.PriceSetter = address(priceKey)
	if err := writeJSON(filepath.Join(dir, InfoFile), d.Info); err != nil {
		return nil, err
	}
	return d, nil
}

// lockDir takes an exclusive lock on dir/lock, so that two devnets never share a folder.
func lockDir(dir string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(dir, "lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("devnet folder %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("devnet folder %s is in use by another running devnet: stop that one first, or pass another folder (--dir)", dir)
	}
	return f, nil
}

// startDB connects to the configured database, or creates or starts the private cluster.
func (d *Devnet) startDB(ctx context.Context) error {
	dbURL := d.cfg.DB
	if dbURL == "" && !d.cfg.PrivateDB {
		dbURL = os.Getenv("DATABASE_URL")
	}
	if dbURL != "" {
		if err := ping(ctx, dbURL); err != nil {
			return fmt.Errorf("database %s: %w (is Postgres running there? or drop --db and $DATABASE_URL to use a private cluster)", indexdb.Redact(dbURL), err)
		}
		d.db, d.DBURL = dbURL, indexdb.Redact(dbURL)
		return nil
	}
	if _, err := pgcluster.BinDir(); errors.Is(err, pgcluster.ErrNoPostgres) {
		if !d.cfg.AllowInstall {
			return fmt.Errorf("%w\nthe devnet needs Postgres: pass --allow-install to install postgresql-15 with apt, install it yourself (scripts/ensure-postgres.sh), or pass --db with the URL of a running Postgres", err)
		}
		if err := foundry.InstallPostgres(ctx, d.log); err != nil {
			return err
		}
	} else if err != nil {
		return err
	}
	pgDir := filepath.Join(d.Dir, "pg")
	var err error
	if _, statErr := os.Stat(filepath.Join(pgDir, "port")); statErr == nil {
		d.cluster, err = pgcluster.Open(pgDir)
		if err == nil && !d.cluster.Running() && !pgcluster.PortFree(d.cluster.Port) {
			port, perr := pgcluster.FreePort()
			if perr == nil {
				d.log.Info("the private Postgres's port is taken: moving it", "old", d.cluster.Port, "new", port)
				perr = d.cluster.SetPort(port)
			}
			err = perr
		}
	} else {
		d.log.Info("creating a private Postgres cluster", "dir", pgDir)
		d.cluster, err = pgcluster.Create(pgDir, 0)
	}
	if err != nil {
		return err
	}
	if err := d.cluster.Start(); err != nil {
		return err
	}
	if err := d.cluster.EnsureDatabase(ctx, DatabaseName); err != nil {
		return err
	}
	d.db = d.cluster.URL(DatabaseName)
	d.DBURL = d.db
	return nil
}

// setUp deploys or reuses the deployment. A chain with a block time mines a block per
// transaction meanwhile, so that the first run's dozen waited transactions take
// milliseconds instead of a block time each.
func (d *Devnet) setUp(ctx context.Context) error {
	bt := d.cfg.BlockTime
	if bt <= 0 || bt%time.Second != 0 {
		return d.deploy(ctx)
	}
	c, err := dial(ctx, d.RPCURL)
	if err != nil {
		return err
	}
	defer c.close()
	if err := c.rpc.CallContext(ctx, nil, "evm_setAutomine", true); err != nil {
		return fmt.Errorf("evm_setAutomine: %w", err)
	}
	err = d.deploy(ctx)
	if ierr := c.rpc.CallContext(ctx, nil, "evm_setIntervalMining", uint64(bt/time.Second)); ierr != nil {
		err = errors.Join(err, fmt.Errorf("evm_setIntervalMining: %w", ierr))
	}
	return err
}

// deploy reuses Dir/deployment.json when the chain still has its factory, or deploys,
// funds and seeds afresh.
func (d *Devnet) deploy(ctx context.Context) error {
	client, chainID, err := chain.Dial(ctx, "--rpc", d.RPCURL)
	if err != nil {
		return err
	}
	defer client.Close()
	path := filepath.Join(d.Dir, "deployment.json")
	if dep, err := deploy.Load(path); err == nil {
		// The deployment's first contract: its factory, or Morpho without one.
		root := dep.Factory
		if root == (common.Address{}) {
			root = dep.Morpho.Address
		}
		code, err := client.CodeAt(ctx, root, nil)
		if err != nil {
			return fmt.Errorf("read the code of %s: %w", root, err)
		}
		if len(code) > 0 && dep.ChainID == chainID.Uint64() {
			if has := protocolOf(dep); !holds(has, d.cfg.Protocol) {
				return fmt.Errorf("protocol %s: the deployment in %s holds %s; start a devnet in a new folder (--dir) to deploy %s", d.cfg.Protocol, path, has, d.cfg.Protocol)
			}
			d.Deployment = dep
			d.log.Info("reusing the deployment", "file", path, "root", root)
			// The market refuses prices older than an hour: post the current one again.
			_, err := ChangePrice(ctx, d.RPCURL, dep, 0)
			return err
		}
		d.log.Warn("the chain no longer has the deployment's contracts (its state was lost): deploying afresh", "root", root)
	}
	d.Fresh = true
	if d.cluster != nil {
		// The index describes a chain that is gone.
		if err := d.cluster.Exec(ctx, "drop database if exists "+pgx.Identifier{DatabaseName}.Sanitize()+" with (force)"); err != nil {
			return fmt.Errorf("reset the database: %w", err)
		}
		if err := d.cluster.EnsureDatabase(ctx, DatabaseName); err != nil {
			return err
		}
	} else {
		d.log.Warn("deploying afresh into a database that may index an earlier deployment", "db", d.DBURL)
	}
	if d.cfg.Protocol == ProtocolMorpho {
		dep, err := d.deployMorphoAlone(ctx, client, chainID)
		if err != nil {
			return err
		}
		return d.written(dep, path)
	}
	deployer := chain.NewSender(client, foundry.AnvilKey(deployerKey), chainID)
	keeper := address(keeperKey)
	dep, err := deploy.Deploy(ctx, deployer, chainID, deploy.Config{Dev: true, BTCPrice: d.cfg.BTCPrice, Liquidity: liquidity,
		FeedOwner: PriceKey(), ExecutorOwner: &keeper}, d.log)
	if err != nil {
		return err
	}
	m := dep.Markets[0]
	if usdc := cmp.Or(d.cfg.KeeperUSDC, keeperUSDC); usdc.Sign() > 0 {
		if _, err := deployer.Transact(ctx, m.LoanToken, bindings.NewMockERC20().PackMint(address(keeperKey), usdc)); err != nil {
			return fmt.Errorf("fund the keeper: %w", err)
		}
	}
	for _, k := range lenderKeys {
		lender := chain.NewSender(client, foundry.AnvilKey(k), chainID)
		if err := supply(ctx, lender, m, lenderUSDC); err != nil {
			return fmt.Errorf("demo lender %s: %w", lender.From, err)
		}
	}
	if d.cfg.Borrowers > 0 {
		if d.Borrowers, err = Seed(ctx, d.RPCURL, dep, d.cfg.Borrowers, DefaultLTVMin, DefaultLTVMax, d.log); err != nil {
			return err
		}
	}
	if d.cfg.Protocol == ProtocolBoth {
		if err := d.deployMorpho(ctx, client, chainID, dep, m.PriceFeed, nil); err != nil {
			return err
		}
	}
	return d.written(dep, path)
}

// written writes a fresh deployment to path, last, so that a half-done first run deploys
// again, and makes it the devnet's.
func (d *Devnet) written(dep *deploy.Deployment, path string) error {
	if err := dep.Write(path); err != nil {
		return err
	}
	d.Deployment = dep
	return nil
}

// holds says whether a deployment of protocol has does for a devnet of protocol want: both
// protocols do for either.
func holds(has, want string) bool { return has == want || has == ProtocolBoth }

// protocolOf is what a deployment holds, as Config.Protocol names it.
func protocolOf(dep *deploy.Deployment) string {
	switch {
	case dep.Morpho == nil:
		return ProtocolLtvkeeper
	case dep.Factory == (common.Address{}):
		return ProtocolMorpho
	}
	return ProtocolBoth
}

// supply mints amount USDC to the sender and supplies it to the market.
func supply(ctx context.Context, s *chain.Sender, m deploy.Market, amount *big.Int) error {
	token := bindings.NewMockERC20()
	if _, err := s.Transact(ctx, m.LoanToken, token.PackMint(s.From, amount)); err != nil {
		return fmt.Errorf("lender: mint USDC: %w", err)
	}
	if _, err := s.Transact(ctx, m.LoanToken, token.PackApprove(m.Market, amount)); err != nil {
		return fmt.Errorf("lender: approve USDC: %w", err)
	}
	if _, err := s.Transact(ctx, m.Market, bindings.NewLendingMarket().PackSupply(amount, s.From)); err != nil {
		return fmt.Errorf("lender: supply USDC: %w", err)
	}
	return nil
}

// DeployerKey is the key of the devnet's deployer (Anvil's public account 0), which deployed
// the contracts and seeds borrowers.
func DeployerKey() *ecdsa.PrivateKey { return foundry.AnvilKey(deployerKey) }

// KeeperKey is the keeper's key: Anvil's public account 1.
func KeeperKey() *ecdsa.PrivateKey { return foundry.AnvilKey(keeperKey) }

// PriceKey is the key of the devnet's price setter (Anvil's account 2), the owner of the
// development feed: only it may publish prices to the feed's aggregator.
func PriceKey() *ecdsa.PrivateKey { return foundry.AnvilKey(priceKey) }

// DB is the database URL (with its password, unlike Info.DBURL).
func (d *Devnet) DB() string { return d.db }

// RunNode runs the indexer, the keeper (with the keeper account) and the API until ctx ends.
func (d *Devnet) RunNode(ctx context.Context) error {
	cfg := node.Config{
		RPC: d.RPCURL, DB: d.db, Deployment: d.Deployment, Key: KeeperKey(),
		HTTPAddr: d.cfg.APIAddr, API: &api.Options{MaxLag: cmp.Or(d.cfg.MaxLag, node.DefaultMaxLag)},
	}
	// The deployment's Morpho Blue markets are indexed beside the factory's: the keeper keeps
	// them too.
	if mi := d.Deployment.Morpho; mi != nil {
		cfg.Morpho = morpho.Following(mi)
	}
	return node.Run(ctx, cfg, d.log)
}

// PIDs are the process ids of the devnet's Anvil and of its private Postgres server; 0 for one
// it did not start (an external database).
func (d *Devnet) PIDs() (anvil, postgres int) {
	if d.anvil != nil {
		anvil = d.anvil.cmd.Process.Pid
	}
	if d.cluster != nil {
		postgres = d.cluster.PID()
	}
	return anvil, postgres
}

// writeChildren records the processes started so far in the folder's PidsFile.
func (d *Devnet) writeChildren() error {
	var cs children
	anvil, postgres := d.PIDs()
	if anvil > 0 {
		cs.Anvil = recordChild(anvil)
	}
	if postgres > 0 {
		cs.Postgres = recordChild(postgres)
	}
	d.pids = true
	return writeJSON(filepath.Join(d.Dir, PidsFile), cs)
}

// Stop stops Anvil (which writes its state into the folder) and the private cluster.
func (d *Devnet) Stop() error {
	var errs []error
	if d.anvil != nil {
		errs = append(errs, d.anvil.stop())
		d.anvil = nil
	}
	if d.cluster != nil {
		errs = append(errs, d.cluster.Stop())
	}
	if d.pids && errors.Join(errs...) == nil {
		// Children this devnet could not stop stay listed, for the next start.
		if err := os.Remove(filepath.Join(d.Dir, PidsFile)); err != nil && !errors.Is(err, os.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	if d.lock != nil {
		errs = append(errs, d.lock.Close())
		d.lock = nil
	}
	return errors.Join(errs...)
}

// Load reads dir's devnet.json; the error says how to start a devnet there.
func Load(dir string) (*Info, error) {
	path := filepath.Join(dir, InfoFile)
	raw, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("no devnet in folder %s (no %s): start one with 'ltvkeeper devnet --dir %s'", dir, InfoFile, dir)
	}
	if err != nil {
		return nil, fmt.Errorf("devnet folder %s: %w", dir, err)
	}
	var info Info
	if err := json.Unmarshal(raw, &info); err != nil {
		return nil, fmt.Errorf("%s: %w (remove it and start the devnet again)", path, err)
	}
	return &info, nil
}

// Attach finds the running devnet in dir: its info and deployment. The error names the
// folder and says how to start it when its chain does not answer.
func Attach(ctx context.Context, dir string) (*Info, *deploy.Deployment, error) {
	info, err := Load(dir)
	if err != nil {
		return nil, nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dctx, info.RPCURL)
	if err == nil {
		_, err = client.ChainID(dctx)
		client.Close()
	}
	if err != nil {
		return nil, nil, fmt.Errorf("no running devnet in folder %s: its chain at %s does not answer (%v): start it with 'ltvkeeper devnet --dir %s'", dir, info.RPCURL, err, dir)
	}
	dep, err := deploy.Load(info.Deployment)
	if err != nil {
		return nil, nil, err
	}
	return info, dep, nil
}

func address(i int) common.Address { return crypto.PubkeyToAddress(foundry.AnvilKey(i).PublicKey) }

func ping(ctx context.Context, dbURL string) error {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		return err
	}
	return conn.Close(ctx)
}

func writeJSON(path string, v any) error {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}
