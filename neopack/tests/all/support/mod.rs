//! Shared test data.

pub(crate) mod golden;
