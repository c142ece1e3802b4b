//! Decodes arbitrary bytes: an accepted message must re-encode to itself, and `skip` and
//! `pretty` must agree with `decode`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| neopack::fuzzing::check_decode(data));
