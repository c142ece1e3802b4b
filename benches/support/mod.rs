//! Support code of the call-path benchmark: guest placements, neorun servers, the raw TCP
//! baselines, the tarpc peer, allocation counting and the recorded per-call figures.

pub(crate) mod allocs;
pub(crate) mod calls;
pub(crate) mod guest;
pub(crate) mod raw;
pub(crate) mod record;
pub(crate) mod servers;
pub(crate) mod summary;
pub(crate) mod tarpc_peer;
