//! The first byte picks a schema type, the rest is validated against it; an accepted message
//! must decode schema-less and re-encode to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| neopack::fuzzing::check_validate(data));
