//! Helpers shared by the modules of the test binary.

pub(crate) mod loopback;
