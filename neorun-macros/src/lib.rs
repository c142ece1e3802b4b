//! The `#[neorun::remote]` proc macro.
