//! neopack: the self-describing, bounded, canonical TLV binary format of neorun.
//!
//! `SPEC.md` beside this crate is normative.
#![no_std]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod schema;
pub mod tag;
