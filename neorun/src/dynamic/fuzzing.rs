//! The check behind the `dynamic_decode` fuzz target, shared with the corpus replay test.
//! Not public API.

use neopack::schema::Type;
use neopack::{Decoder, Encoder, Limits};

use super::{decode_val, encode_val};

/// The ledger types the target decodes against: the first input byte picks one.
pub fn types() -> Vec<Type> {
    neopack::fuzzing::types()
}

/// Decodes `data[1..]` against the type `data[0]` picks, as the dynamic stubs decode a peer's
/// reply. It must never panic; an accepted value must re-encode to exactly the input.
///
/// Returns whether the value was accepted.
///
/// # Panics
/// When an accepted value does not re-encode to its input: that is the bug a fuzzer looks for.
pub fn check_decode_val(data: &[u8]) -> bool {
    let Some((&pick, bytes)) = data.split_first() else { return false };
    let types = types();
    let ty = &types[usize::from(pick) % types.len()];
    let limits = Limits { max_depth: 32, max_size: 1 << 20, max_items: 1 << 16, max_expansion: 4 };
    let Ok(mut dec) = Decoder::new(bytes, limits) else { return false };
    let Ok(val) = decode_val(&mut dec, ty) else { return false };
    if dec.finish().is_err() {
        return false;
    }
    let mut enc = Encoder::new();
    encode_val(&mut enc, ty, &val).expect("a decoded value encodes against its own type");
    assert_eq!(enc.finish().expect("complete"), bytes, "{ty}: re-encoding differs");
    true
}
