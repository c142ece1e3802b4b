//! Decodes arbitrary bytes against a ledger type into wasmtime `Val`s, as the dynamic stubs
//! decode a peer's reply: never a panic; an accepted value re-encodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    neorun::dynamic::fuzzing::check_decode_val(data);
});
