// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice The forge cheatcodes these tests use.
interface Vm {
    struct Log {
        bytes32[] topics;
        bytes data;
        address emitter;
    }

    function warp(uint256 timestamp) external;
    function prank(address sender) external;
    function startPrank(address sender) external;
    function stopPrank() external;
    function expectRevert() external;
    function expectRevert(bytes4 selector) external;
    function expectRevert(bytes calldata revertData) external;
    function expectPartialRevert(bytes4 selector) external;
    function expectEmit() external;
    function expectEmit(address emitter) external;
    function label(address account, string calldata name) external;
    function assume(bool condition) external pure;
    function addr(uint256 privateKey) external pure returns (address);
    function recordLogs() external;
    function getRecordedLogs() external returns (Log[] memory);
    /// @dev The creation code of a forge-shaped (or Hardhat) artifact, by its path from the
    /// project root.
    function getCode(string calldata artifactPath) external view returns (bytes memory);
    function snapshotState() external returns (uint256 snapshotId);
    function revertToState(uint256 snapshotId) external returns (bool success);
}

/// @notice v in decimal digits, for messages.
function decimalString(uint256 v) pure returns (string memory) {
    if (v == 0) return "0";
    bytes memory buf;
    while (v != 0) {
        buf = abi.encodePacked(bytes1(uint8(48 + (v % 10))), buf);
        v /= 10;
    }
    return string(buf);
}

/// @notice What forge reads from an invariant test to pick the functions it calls.
struct FuzzSelector {
    address addr;
    bytes4[] selectors;
}

/// @notice A small test base: cheatcodes, assertions and the forge-std helpers these tests use.
abstract contract Test {
    Vm internal constant vm = Vm(address(uint160(uint256(keccak256("hevm cheat code")))));

    address[] private _targetContracts;
    FuzzSelector[] private _targetSelectors;
    address[] private _targetSenders;

    error AssertionFailed(string message);

    // ------------------------------------------------------------ assertions

    function assertEq(uint256 got, uint256 want, string memory what) internal pure {
        if (got != want) {
            revert AssertionFailed(string.concat(what, ": got ", decimalString(got), ", want ", decimalString(want)));
        }
    }

    function assertEq(address got, address want, string memory what) internal pure {
        if (got != want) revert AssertionFailed(string.concat(what, ": addresses differ"));
    }

    function assertEq(bytes32 got, bytes32 want, string memory what) internal pure {
        if (got != want) revert AssertionFailed(string.concat(what, ": bytes differ"));
    }

    function assertEq(bool got, bool want, string memory what) internal pure {
        if (got != want) revert AssertionFailed(string.concat(what, ": booleans differ"));
    }

    function assertTrue(bool condition, string memory what) internal pure {
        if (!condition) revert AssertionFailed(what);
    }

    function assertLe(uint256 a, uint256 b, string memory what) internal pure {
        if (a > b) revert AssertionFailed(string.concat(what, ": ", decimalString(a), " > ", decimalString(b)));
    }

    function assertGe(uint256 a, uint256 b, string memory what) internal pure {
        if (a < b) revert AssertionFailed(string.concat(what, ": ", decimalString(a), " < ", decimalString(b)));
    }

    function assertLt(uint256 a, uint256 b, string memory what) internal pure {
        if (a >= b) revert AssertionFailed(string.concat(what, ": ", decimalString(a), " >= ", decimalString(b)));
    }

    function assertApproxEq(uint256 a, uint256 b, uint256 maxDelta, string memory what) internal pure {
        uint256 delta = a > b ? a - b : b - a;
        if (delta > maxDelta) {
            revert AssertionFailed(string.concat(what, ": ", decimalString(a), " differs from ", decimalString(b)));
        }
    }

    // ------------------------------------------------------------ helpers

    /// @notice A deterministic labelled address for `name`.
    function makeAddr(string memory name) internal returns (address a) {
        a = vm.addr(uint256(keccak256(bytes(name))));
        vm.label(a, name);
    }

    /// @notice `x` mapped into [min, max].
    function bound(uint256 x, uint256 min, uint256 max) internal pure returns (uint256) {
        require(min <= max, "bound: min > max");
        if (x >= min && x <= max) return x;
        uint256 size = max - min + 1;
        if (size == 0) return x;
        return min + (x % size);
    }

    // ------------------------------------------------------------ invariant targets

    function targetContract(address target) internal {
        _targetContracts.push(target);
    }

    function targetSelector(FuzzSelector memory selector) internal {
        _targetSelectors.push(selector);
    }

    function targetSender(address sender) internal {
        _targetSenders.push(sender);
    }

    function targetContracts() public view returns (address[] memory) {
        return _targetContracts;
    }

    function targetSelectors() public view returns (FuzzSelector[] memory) {
        return _targetSelectors;
    }

    function targetSenders() public view returns (address[] memory) {
        return _targetSenders;
    }
}
