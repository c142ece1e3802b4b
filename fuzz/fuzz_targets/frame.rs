//! Decodes arbitrary bytes as an RPC frame (what a peer sends): never a panic; an accepted
//! frame re-encodes to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    neorun::rpc::fuzzing::check_frame(data);
});
