package api

import (
	"net/http"
	"strings"
	"testing"

	pt "github.com/ltvkeeper/ltvkeeper/indexdb/positions/positionstest"
)

func TestAPITarget(t *testing.T) {
	srv := seeded(t)
	alice := "/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Alice.Hex() + "/target"
	// Alice: $2,000 against 0.1 BTC at $100,000 is 20%.
	for _, c := range []struct {
		ltv             string
		wantWad         string
		collateral, add string
	}{
		{"0.1", "100000000000000000", "10000000", "1000000000"},                  // twice the collateral, or half the debt
		{"10%25", "100000000000000000", "10000000", "1000000000"},                // the same as a percentage
		{"0.15", "150000000000000000", "3333334", "500000000"},                   // rounded up: adding it gets to at most 15%
		{"0.2", "200000000000000000", "0", "0"},                                  // already there
		{"50%25", "500000000000000000", "0", "0"},                                // below the target
		{"0.000000000000000001", "1", "1999999999999999990000000", "2000000000"}, // the smallest LTV: all of the debt
	} {
		t.Run(c.ltv, func(t *testing.T) {
			var resp TargetResponse
			get(t, srv, alice+"?ltv="+c.ltv, http.StatusOK, &resp)
			if resp.TargetLTVWad != c.wantWad || resp.CollateralToAdd != c.collateral || resp.DebtToRepay != c.add {
				t.Errorf("target %s: collateral to add %s, debt to repay %s; want %s, %s (target wad %s, want %s)",
					c.ltv, resp.CollateralToAdd, resp.DebtToRepay, c.collateral, c.add, resp.TargetLTVWad, c.wantWad)
			}
			if resp.Borrower != pt.Alice.Hex() || resp.LTVWad != "200000000000000000" || resp.CollateralDecimals != 8 ||
				resp.LoanDecimals != 6 || resp.Price != "10000000000000" || resp.AsOfBlock != pt.Block {
				t.Errorf("target %s: %+v", c.ltv, resp)
			}
		})
	}

	noPrice := "/v1/markets/" + pt.MarketC.Hex() + "/positions/" + pt.Ties[3].Borrower.Hex() + "/target?ltv=0.5"
	for _, c := range []struct {
		path   string
		status int
		want   string
	}{
		{alice, 400, "ltv is required"},
		{alice + "?ltv=0", 400, `ltv "0": want a target LTV above 0 and below 1`},
		{alice + "?ltv=1", 400, `ltv "1": want a target LTV above 0 and below 1`},
		{alice + "?ltv=120%25", 400, `ltv "120%": want a target LTV above 0`},
		{alice + "?ltv=half", 400, `ltv "half"`},
		{alice + "?ltv=0.5&price=1", 400, `parameter "price": unknown here`},
		{"/v1/markets/" + pt.MarketA.Hex() + "/positions/" + pt.Dave.Hex() + "/target?ltv=0.5", 404, "has no open position in market"},
		{noPrice, 409, "has no indexed price yet"},
	} {
		var e errorBody
		get(t, srv, c.path, c.status, &e)
		if !strings.Contains(e.Error, c.want) {
			t.Errorf("GET %s: error %q, want it to contain %q", c.path, e.Error, c.want)
		}
	}
}
