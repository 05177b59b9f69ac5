package deploy

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestCheckWritable(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.json")
	d := &Deployment{ChainID: 1, Factory: common.HexToAddress("0xfac7"), Markets: []Market{}}
	if err := d.Write(existing); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(existing, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		overwrite  bool
		wantErr    string
	}{
		{"new file in a folder", filepath.Join(dir, "deployment.json"), false, ""},
		{"missing folder", filepath.Join(dir, "gone", "deployment.json"), false, "cannot write in " + filepath.Join(dir, "gone")},
		{"a folder", dir, true, "is a directory: name a file such as " + filepath.Join(dir, "deployment.json")},
		{"existing file", existing, false, "--out " + existing + " exists and holds factory " + d.Factory.Hex() + " on chain 1: it may be the only record of where the markets are; choose another --out, or pass --force to replace it"},
		{"existing file with overwrite", existing, true, ""},
		{"a device", os.DevNull, true, "--out " + os.DevNull + " is not a regular file but a character device"},
		{"a symbolic link", link, true, "--out " + link + " is a symbolic link to " + existing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckWritable(tt.path, tt.overwrite)
			if (tt.wantErr == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tt.wantErr)) {
				t.Fatalf("CheckWritable(%s, %v) = %v, want %q", tt.path, tt.overwrite, err, tt.wantErr)
			}
		})
	}
	// The checks leave nothing behind.
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 2 {
		t.Fatalf("%s holds %v after the checks (%v), want only existing.json and link.json", dir, entries, err)
	}
}

// TestWriteOnlyRegularFiles: neither Write nor WriteNew replaces a device, a link or a folder
// (as root, writing over /dev/full once replaced the device node with a JSON file), and
// WriteNew leaves an existing file as it was.
func TestWriteOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, "old.json")
	if err := os.WriteFile(old, []byte("the only record\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(old, link); err != nil {
		t.Fatal(err)
	}
	d := &Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac7"), Markets: []Market{}}
	for _, path := range []string{os.DevNull, link, dir} {
		if err := d.Write(path); err == nil || !strings.Contains(err.Error(), "--out "+path+" is") {
			t.Errorf("Write(%s) = %v, want a refusal naming --out", path, err)
		}
	}
	if info, err := os.Lstat(os.DevNull); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("%s after Write: %v, %v; want the character device", os.DevNull, info, err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("%s after Write: %v, %v; want the symbolic link", link, info, err)
	}
	err := d.WriteNew(old)
	if err == nil || !strings.Contains(err.Error(), "pass --force to replace it") {
		t.Fatalf("WriteNew over an existing file = %v, want a refusal", err)
	}
	if raw, _ := os.ReadFile(old); string(raw) != "the only record\n" {
		t.Fatalf("WriteNew changed the existing file to %q", raw)
	}
	fresh := filepath.Join(dir, "new.json")
	if err := d.WriteNew(fresh); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(fresh); err != nil || got.Factory != d.Factory {
		t.Fatalf("Load after WriteNew = %+v, %v", got, err)
	}
	if err := d.Write(old); err != nil {
		t.Fatalf("Write over a regular file: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Fatalf("%s holds %v, want old.json, link.json and new.json and no temporary files", dir, entries)
	}
}

func TestWriteLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "deployment.json")
	aggregator, pool, actor := common.HexToAddress("0xa99"), common.HexToAddress("0x9001"), common.HexToAddress("0xac7")
	d := &Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac7"), StartBlock: 3,
		Markets: []Market{{Name: "WBTC/USDC", Market: common.HexToAddress("0x3a3e7"), Aggregator: &aggregator, Pool: &pool, PoolActor: &actor, Heartbeat: 600}, {Name: "TBTC/USDC"}}}
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || got.Factory != d.Factory || got.Markets[0].Market != d.Markets[0].Market || got.StartBlock != 3 {
		t.Fatalf("Load = %+v, %v; want %+v", got, err, d)
	}
	if a := got.Markets[0].Aggregator; a == nil || *a != aggregator || got.Markets[1].Aggregator != nil {
		t.Fatalf("Load: aggregators %v and %v, want %s and none", a, got.Markets[1].Aggregator, aggregator)
	}
	if p, a := got.Markets[0].Pool, got.Markets[0].PoolActor; p == nil || *p != pool || a == nil || *a != actor || got.Markets[1].Pool != nil || got.Markets[1].PoolActor != nil {
		t.Fatalf("Load: pools %v and %v, actors %v and %v; want %s and none, %s and none", p, got.Markets[1].Pool, a, got.Markets[1].PoolActor, pool, actor)
	}
	if got.Markets[0].Heartbeat != 600 || got.Markets[1].Heartbeat != 0 {
		t.Fatalf("Load: heartbeats %d and %d, want 600 and 0", got.Markets[0].Heartbeat, got.Markets[1].Heartbeat)
	}
	if got.Morpho != nil {
		t.Fatalf("Load: morpho %+v, want none", got.Morpho)
	}
	d.Morpho = &MorphoInstance{Address: common.HexToAddress("0xb1e"), StartBlock: 9, Markets: []MorphoMarket{{ID: common.HexToHash("0x1d")}},
		CollateralTokens: []common.Address{common.HexToAddress("0xcb7c"), common.HexToAddress("0xb7c")}}
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	if got, err = Load(path); err != nil || got.Morpho == nil || fmt.Sprint(*got.Morpho) != fmt.Sprint(*d.Morpho) {
		t.Fatalf("Load: morpho %+v (%v), want %+v", got.Morpho, err, d.Morpho)
	}
}

// TestLoadErrors: a malformed deployment file is named, and the error says in plain words what
// is wrong and how to fix it, never Go's type names.
func TestLoadErrors(t *testing.T) {
	const (
		factory = `"factory": "0x000000000000000000000000000000000000fac7"`
		market  = `{"name": "WBTC/USDC", "market": "0x00000000000000000000000000000000000003a3", "collateralToken": "0x0000000000000000000000000000000000000b7c", "loanToken": "0x00000000000000000000000000000000000005dc", "priceFeed": "0x000000000000000000000000000000000000feed"}`
		fix     = "(fix the file, or write a new one with 'ltvkeeper deploy')"
	)
	tests := []struct {
		name, content, want string
	}{
		{"empty file", "", "the file is empty (write one with 'ltvkeeper deploy')"},
		{"blank file", " \n", "the file is empty"},
		{"array", `[{"factory": "0x00"}]`, "not a deployment file: it holds a JSON list, but a deployment file is a JSON object with chainId, factory, startBlock and markets (write one with 'ltvkeeper deploy')"},
		{"string", `"deployment"`, "not a deployment file: it holds a JSON string"},
		{"number", `42`, "not a deployment file: it holds a JSON number"},
		{"null", `null`, "not a deployment file: it holds null"},
		{"not JSON", "{\n  \"chainId\": 1,\n  factory: 1\n}", "not valid JSON: the text breaks off or is mistyped near line 3, column 3 " + fix},
		{"cut short", `{"chainId": 1, ` + factory, "not valid JSON: the text breaks off or is mistyped near line 1, column "},
		{"no chainId", `{` + factory + `, "startBlock": 1, "markets": []}`, "no chainId: a deployment file is a JSON object with chainId, factory, startBlock and markets " + fix},
		{"chainId a string", `{"chainId": "mainnet", ` + factory + `, "startBlock": 1, "markets": []}`, `chainId is "mainnet": want a whole number, the id of the chain the factory is on, such as 1 ` + fix},
		{"chainId negative", `{"chainId": -1, ` + factory + `, "startBlock": 1, "markets": []}`, `chainId is -1: want a whole number`},
		{"chainId zero", `{"chainId": 0, ` + factory + `, "startBlock": 1, "markets": []}`, `chainId is 0: want the id of the chain the factory is on`},
		{"no factory", `{"chainId": 1, "startBlock": 1, "markets": []}`, "no factory: a deployment file is"},
		{"factory a number", `{"chainId": 1, "factory": 64199, "startBlock": 1, "markets": []}`, `factory is 64199: want an address as a JSON string, "0x" and 40 hex digits ` + fix},
		{"factory too short", `{"chainId": 1, "factory": "0xfac7", "startBlock": 1, "markets": []}`, `factory "0xfac7": not an address (want 0x and 40 hex digits) ` + fix},
		{"factory bad checksum", `{"chainId": 1, "factory": "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "startBlock": 1, "markets": []}`, `factory "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD": mixed-case address with a wrong EIP-55 checksum`},
		{"factory zero", `{"chainId": 1, "factory": "0x0000000000000000000000000000000000000000", "startBlock": 1, "markets": []}`, "factory is the zero address"},
		{"no startBlock", `{"chainId": 1, ` + factory + `, "markets": []}`, "no startBlock"},
		{"startBlock a float", `{"chainId": 1, ` + factory + `, "startBlock": 1.5, "markets": []}`, "startBlock is 1.5: want a whole number, the block the factory was deployed in"},
		{"no markets", `{"chainId": 1, ` + factory + `, "startBlock": 1}`, "no markets: a deployment file is"},
		{"markets an object", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": ` + market + `}`, `markets is {"name": "WBTC/USDC", "market": "0x00...: want a JSON list of markets, [] for none`},
		{"market a string", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": ["WBTC/USDC"]}`, `markets[0] is "WBTC/USDC": a market is a JSON object with name, market, collateralToken, loanToken and priceFeed ` + fix},
		{"market without a feed", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + strings.Replace(market, `"priceFeed"`, `"feed"`, 1) + `]}`, "no markets[0].priceFeed: a market is a JSON object with name, market, collateralToken, loanToken and priceFeed"},
		{"market bad heartbeat", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + strings.Replace(market, `}`, `, "heartbeat": "1h"}`, 1) + `]}`, `markets[0].heartbeat is "1h": want a whole number, the seconds after which`},
		{"market bad aggregator", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + strings.Replace(market, `}`, `, "aggregator": 7}`, 1) + `]}`, `markets[0].aggregator is 7: want an address as a JSON string`},
		{"market bad pool", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + strings.Replace(market, `}`, `, "pool": "0x9001"}`, 1) + `]}`, `markets[0].pool "0x9001": not an address`},
		{"market bad poolActor", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + strings.Replace(market, `}`, `, "poolActor": true}`, 1) + `]}`, `markets[0].poolActor is true: want an address as a JSON string`},
		{"morpho a list", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [], "morpho": []}`, `morpho is []: morpho is a JSON object with address and startBlock, and optionally executor, markets and collateralTokens`},
		{"morpho without address", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [], "morpho": {"startBlock": 1}}`, `no morpho.address: morpho is a JSON object`},
		{"morpho without startBlock", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [], "morpho": {"address": "0x0000000000000000000000000000000000000b1e"}}`, `no morpho.startBlock`},
		{"morpho bad market id", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [], "morpho": {"address": "0x0000000000000000000000000000000000000b1e", "startBlock": 1, "markets": ["0x1d"]}}`, `morpho.markets[0] "0x1d": not a market id (want 0x and 64 hex digits)`},
		{"morpho bad token", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [], "morpho": {"address": "0x0000000000000000000000000000000000000b1e", "startBlock": 1, "collateralTokens": ["cbBTC"]}}`, `morpho.collateralTokens[0] "cbBTC": not an address`},
		{"market bad address", `{"chainId": 1, ` + factory + `, "startBlock": 1, "markets": [` + market + `, ` + strings.Replace(market, `"0x00000000000000000000000000000000000005dc"`, `"0x5dc"`, 1) + `]}`, `markets[1].loanToken "0x5dc": not an address`},
	}
	dir := t.TempDir()
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, fmt.Sprintf("deployment-%d.json", i))
			if err := os.WriteFile(path, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Load(path)
			if err == nil || !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load = %v, want %q after the path", err, tt.want)
			}
			if msg := strings.TrimPrefix(err.Error(), path); strings.Contains(msg, "Go value") || strings.Contains(msg, "deploy.Deployment") || strings.Contains(msg, "json:") {
				t.Fatalf("Load = %v: Go internals in the message", err)
			}
		})
	}
	missing := filepath.Join(dir, "missing.json")
	if _, err := Load(missing); err == nil || err.Error() != missing+": no such file or directory (write one with 'ltvkeeper deploy --out "+missing+"')" {
		t.Fatalf("Load(missing) = %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), dir+": is a directory (name the file, such as "+filepath.Join(dir, "deployment.json")+")") {
		t.Fatalf("Load(folder) = %v", err)
	}
	// A well-formed file with unknown fields loads.
	ok := filepath.Join(dir, "ok.json")
	if err := os.WriteFile(ok, []byte(`{"chainId": 1, `+factory+`, "startBlock": 7, "markets": [`+market+`], "note": "x"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if d, err := Load(ok); err != nil || d.StartBlock != 7 || d.Markets[0].PriceFeed != common.HexToAddress("0xfeed") {
		t.Fatalf("Load(ok) = %+v, %v", d, err)
	}
}

// TestCopyNew: the fallback of WriteNew on file systems without hard links creates only new files.
func TestCopyNew(t *testing.T) {
	dir := t.TempDir()
	from, to := filepath.Join(dir, "from"), filepath.Join(dir, "to")
	if err := os.WriteFile(from, []byte("deployment"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := copyNew(from, to); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(to); string(raw) != "deployment" {
		t.Fatalf("copy holds %q", raw)
	}
	if err := os.WriteFile(from, []byte("another"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := copyNew(from, to); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("copyNew over an existing file = %v, want ErrExist", err)
	}
	if raw, _ := os.ReadFile(to); string(raw) != "deployment" {
		t.Fatalf("copyNew changed an existing file to %q", raw)
	}
}

// TestMorphoSection: a deployment's Morpho Blue instance and markets survive a write and a
// load, a deployment without one has none, and a malformed one is refused in plain words.
func TestMorphoSection(t *testing.T) {
	dir := t.TempDir()
	feed, pool, actor, executor := common.HexToAddress("0xfeed"), common.HexToAddress("0x9002"), common.HexToAddress("0xac8"), common.HexToAddress("0xe7ec")
	m := MorphoMarket{Name: "cbBTC/USDC", LoanToken: common.HexToAddress("0x5dc"), CollateralToken: common.HexToAddress("0xcb7c"),
		Oracle: common.HexToAddress("0x0c1e"), IRM: common.HexToAddress("0x14"), LLTV: DevMorphoLLTV, PriceFeed: &feed, Pool: &pool, PoolActor: &actor,
		Heartbeat: 86400}
	m.ID = MarketID(m.Params())
	d := &Deployment{ChainID: 31337, Factory: common.HexToAddress("0xfac7"), StartBlock: 3, Markets: []Market{},
		Morpho: &MorphoInstance{Address: common.HexToAddress("0xb1e"), StartBlock: 9, Executor: &executor, Markets: []MorphoMarket{m}}}
	path := filepath.Join(dir, "deployment.json")
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(raw), `"lltv": 860000000000000000`) {
		t.Fatalf("the file holds %s (%v), want the LLTV as a JSON number", raw, err)
	}
	got, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	g := got.Morpho
	if g == nil || g.Address != d.Morpho.Address || g.StartBlock != 9 || g.Executor == nil || *g.Executor != executor || len(g.Markets) != 1 {
		t.Fatalf("Load: morpho = %+v, want %+v", g, d.Morpho)
	}
	gm := g.Markets[0]
	if gm.ID != m.ID || gm.Name != m.Name || gm.Oracle != m.Oracle || gm.IRM != m.IRM || gm.LLTV.Cmp(m.LLTV) != 0 ||
		*gm.PriceFeed != feed || *gm.Pool != pool || *gm.PoolActor != actor || gm.Heartbeat != 86400 {
		t.Fatalf("Load: morpho market = %+v, want %+v", gm, m)
	}
	if hb := g.Heartbeats(); len(hb) != 1 || hb[m.ID] != 86400 {
		t.Fatalf("Heartbeats() = %v, want %s: 86400", hb, m.ID)
	}

	// Morpho Blue alone: no factory written or read; markets of no factory are refused.
	alone := &Deployment{ChainID: 31337, StartBlock: 9, Morpho: d.Morpho}
	if err := alone.Write(path); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); strings.Contains(string(raw), "factory") {
		t.Fatalf("a deployment of Morpho alone writes %s, want no factory", raw)
	}
	if got, err := Load(path); err != nil || got.Factory != (common.Address{}) || got.Morpho == nil || got.Morpho.Address != d.Morpho.Address {
		t.Fatalf("Load of Morpho alone = %+v, %v", got, err)
	}
	alone.Markets = []Market{{Name: "WBTC/USDC", Market: common.HexToAddress("0x3a")}}
	if err := alone.Write(path); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "markets without a factory") {
		t.Fatalf("Load of markets without a factory = %v, want that error", err)
	}

	d.Morpho = nil
	if err := d.Write(path); err != nil {
		t.Fatal(err)
	}
	if raw, _ := os.ReadFile(path); strings.Contains(string(raw), "morpho") {
		t.Fatalf("a deployment without Morpho writes %s, want no morpho field", raw)
	}
	if got, err := Load(path); err != nil || got.Morpho != nil {
		t.Fatalf("Load = %+v, %v; want no Morpho", got, err)
	}

	base := `{"chainId": 1, "factory": "0x000000000000000000000000000000000000fac7", "startBlock": 1, "markets": [], "morpho": `
	market := fmt.Sprintf(`{"name": "cbBTC/USDC", "id": %q, "loanToken": %q, "collateralToken": %q, "oracle": %q, "irm": %q, "lltv": 860000000000000000}`,
		m.ID.Hex(), m.LoanToken.Hex(), m.CollateralToken.Hex(), m.Oracle.Hex(), m.IRM.Hex())
	instance := `{"address": "0x0000000000000000000000000000000000000b1e", "startBlock": 9, "markets": [` + market + `]}`
	for _, tt := range []struct{ name, content, want string }{
		{"a string", base + `"morpho"}`, `morpho is "morpho": morpho is a JSON object with address and startBlock`},
		{"no address", base + strings.Replace(instance, `"address"`, `"morpho"`, 1) + `}`, "no morpho.address: morpho is a JSON object with address and startBlock"},
		{"bad executor", base + strings.Replace(instance, `"startBlock"`, `"executor": "0xe7", "startBlock"`, 1) + `}`, `morpho.executor "0xe7": not an address`},
		{"market a string", base + `{"address": "0x0000000000000000000000000000000000000b1e", "startBlock": 9, "markets": ["cbBTC"]}}`, `morpho.markets[0] "cbBTC": not a market id (want 0x and 64 hex digits)`},
		{"market a number", base + `{"address": "0x0000000000000000000000000000000000000b1e", "startBlock": 9, "markets": [7]}}`, `morpho.markets[0] is 7: a Morpho market is its id, or a JSON object with name, id`},
		{"heartbeat a duration", base + strings.Replace(instance, `"lltv"`, `"heartbeat": "24h", "lltv"`, 1) + `}`, `morpho.markets[0].heartbeat is "24h": want a whole number, the seconds after which a round of a feed behind the market's oracle counts as stale (0: never)`},
		{"lltv a string", base + strings.Replace(instance, `860000000000000000`, `"86%"`, 1) + `}`, `morpho.markets[0].lltv is "86%": want a whole number, the market's liquidation LTV in WAD`},
		{"id short", base + strings.Replace(instance, m.ID.Hex(), "0x1234", 1) + `}`, `morpho.markets[0].id is "0x1234": want the market's id as a JSON string, "0x" and 64 hex digits`},
		{"id of other params", base + strings.Replace(instance, `860000000000000000`, `915000000000000000`, 1) + `}`, "morpho.markets[0].id " + m.ID.Hex() + " is not the id of the market's loanToken, collateralToken, oracle, irm and lltv, which is 0x"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := filepath.Join(dir, "bad.json")
			if err := os.WriteFile(p, []byte(tt.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := Load(p); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Load = %v, want %q", err, tt.want)
			}
		})
	}
	ok := filepath.Join(dir, "ok.json")
	if err := os.WriteFile(ok, []byte(base+instance+`}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if got, err := Load(ok); err != nil || got.Morpho.Executor != nil || got.Morpho.Markets[0].Pool != nil || got.Morpho.Markets[0].ID != m.ID {
		t.Fatalf("Load(ok) = %+v, %v", got, err)
	}
}
