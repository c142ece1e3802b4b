//! Reads arbitrary bytes as a stream transport receives them (length-prefixed frames, in reads
//! of varying size): the reader agrees with a plain reference parser and never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    neorun::rpc::fuzzing::check_stream(data);
});
