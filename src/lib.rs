//! Shared helpers of neorun's integration tests and examples.
