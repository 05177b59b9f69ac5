// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @notice forge's console.log for a label and a number (printed with -vv).
library Console {
    address private constant CONSOLE = 0x000000000000000000636F6e736F6c652e6c6f67;

    function log(string memory label, uint256 value) internal view {
        (bool ok,) = CONSOLE.staticcall(abi.encodeWithSignature("log(string,uint256)", label, value));
        ok;
    }
}
