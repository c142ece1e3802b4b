//! The errors of the RPC drivers: connection setup, binding, calls.

use super::frame::code;
use super::session::CallFailure;
use crate::transport::TransportError;

/// A connection-level failure.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RpcError {
    /// The transport failed.
    #[error("transport error: {0}")]
    Transport(#[from] TransportError),
    /// The driver must be spawned on a tokio runtime and none is running.
    #[error("no tokio runtime is running")]
    NoRuntime,
    /// The peer broke the protocol and the connection was closed.
    #[error("protocol error: {0}")]
    Protocol(String),
}

/// Why [`Connection::bind`](super::Connection::bind) failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BindError {
    /// The server exports no interface of that name.
    #[error("interface `{interface}` is not exported by the server")]
    UnknownInterface {
        /// The interface name.
        interface: String,
    },
    /// A function the client uses differs from the server's.
    #[error("interface `{interface}`, function `{function}`: {difference}")]
    Mismatch {
        /// The interface name.
        interface: String,
        /// The function name.
        function: String,
        /// The first difference (`parameter `e`: expected `u64`, found `u32``), or that the
        /// server lacks the function.
        difference: String,
    },
    /// The server exports the interface, but not to this client (its verified identity is
    /// not on the interface's allow-list).
    #[error("interface `{interface}` is not exported to this client")]
    Forbidden {
        /// The interface name.
        interface: String,
    },
    /// The handshake did not complete (timeout, connection lost, version, malformed welcome).
    #[error("interface `{interface}`: handshake failed: {reason}")]
    Handshake {
        /// The interface name.
        interface: String,
        /// Why.
        reason: String,
    },
}

/// Why a remote call failed: the interface and function called, and what happened
/// ([`CallFailure`]).
///
/// Its `Display` is one line, `interface `acme:calc/calc`, function `add`: peer failure:
/// handler-failed (code 1005): ...`. A stub that fails a guest's call traps the guest with this
/// error as the trap's error: `wasmtime::Error::downcast_ref::<CallError>()` finds it.
///
/// ```
/// use neorun::rpc::{CallError, CallFailure};
///
/// let err = CallError::new("acme:calc/calc", "add", CallFailure::DeadlineExceeded);
/// assert_eq!(err.to_string(), "interface `acme:calc/calc`, function `add`: deadline passed");
/// assert!(matches!(err.kind, CallFailure::DeadlineExceeded));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {kind}", Target(interface, function))]
#[non_exhaustive]
pub struct CallError {
    /// The interface name ([`WORLD`](crate::ledger::WORLD) for a world-level function).
    pub interface: String,
    /// The function name.
    pub function: String,
    /// What happened.
    pub kind: CallFailure,
}

/// `interface `x`, function `y``, or `function `y`` for a world-level function.
struct Target<'a>(&'a str, &'a str);

impl std::fmt::Display for Target<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.is_empty() {
            write!(f, "function `{}`", self.1)
        } else {
            write!(f, "interface `{}`, function `{}`", self.0, self.1)
        }
    }
}

impl CallError {
    /// The error for `kind` of a call to `function` of `interface`.
    pub fn new(
        interface: impl Into<String>,
        function: impl Into<String>,
        kind: CallFailure,
    ) -> Self {
        Self { interface: interface.into(), function: function.into(), kind }
    }

    /// False when the call certainly did not run on the server (it was never sent, or the
    /// server refused it before running it); true when it may have.
    pub fn may_have_executed(&self) -> bool {
        self.kind.may_have_executed()
    }
}

impl CallFailure {
    /// False when the call certainly did not run on the server (it was never sent, or the
    /// server refused it before running it); true when it may have.
    pub fn may_have_executed(&self) -> bool {
        match self {
            CallFailure::ConnectionLost { may_have_executed, .. } => *may_have_executed,
            CallFailure::Rejected { .. } | CallFailure::Overloaded { .. } => false,
            CallFailure::Remote(failure) => !matches!(
                failure.code,
                code::UNKNOWN_TARGET | code::BAD_ARGUMENTS | code::OVERLOADED | code::SHUTTING_DOWN
            ),
            CallFailure::DeadlineExceeded | CallFailure::Malformed { .. } => true,
        }
    }
}
