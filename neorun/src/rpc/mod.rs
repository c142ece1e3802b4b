//! The RPC layer (see `PROTOCOL.md`).
