//! A client binding as the core keeps it: its `hello`, its function index table on the
//! current connection, and the one reading of the `welcome` entry that answers it.

use std::collections::BTreeMap;
use std::time::Instant;

use neopack::schema::Function;

use crate::rpc::frame::{HelloInterface, WelcomeEntry};

/// Why the server did not accept a binding's first handshake.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BindRefusal {
    /// The server exports no interface of that name.
    UnknownInterface,
    /// The server does not export the interface to this client.
    Forbidden,
    /// The first requested function that does not match the server's.
    Mismatch {
        /// Its name.
        function: String,
        /// The server's signature, `None` when the server lacks the function.
        server: Option<Function>,
    },
    /// No usable answer: timeout, connection lost, protocol version, malformed welcome.
    Handshake(String),
}

impl BindRefusal {
    /// What the calls of a binding refused on a later connection fail with.
    pub(super) fn after_reconnect(&self) -> String {
        let why = match self {
            BindRefusal::UnknownInterface => "the server no longer exports the interface".into(),
            BindRefusal::Forbidden => {
                "the server no longer allows this client to call the interface".into()
            }
            BindRefusal::Mismatch { function, .. } => {
                format!("function `{function}` now differs on the server")
            }
            BindRefusal::Handshake(reason) => format!("handshake failed: {reason}"),
        };
        format!("after reconnecting: {why}")
    }
}

/// Reads the welcome entry answering a `hello` for `functions` functions: the server's
/// interface index and function indexes, or why there are none.
pub(super) fn read_entry(
    functions: usize,
    entry: Option<WelcomeEntry>,
) -> Result<Table, BindRefusal> {
    match entry {
        Some(WelcomeEntry::Accepted { iface, funcs }) if funcs.len() == functions => {
            Ok(Table::Bound { iface, funcs })
        }
        Some(WelcomeEntry::UnknownInterface) => Err(BindRefusal::UnknownInterface),
        Some(WelcomeEntry::Forbidden) => Err(BindRefusal::Forbidden),
        Some(WelcomeEntry::Mismatch { function, server }) => {
            Err(BindRefusal::Mismatch { function, server })
        }
        Some(WelcomeEntry::Accepted { .. }) | None => {
            Err(BindRefusal::Handshake("malformed welcome".into()))
        }
    }
}

/// A binding's function index table on the current connection.
#[derive(Debug)]
pub(super) enum Table {
    /// Not answered on this connection (or no connection).
    Waiting,
    /// Accepted: the server's interface index and function indexes.
    Bound { iface: u32, funcs: Vec<u32> },
    /// Refused on this connection: calls fail with this reason.
    Refused(String),
}

#[derive(Debug)]
pub(super) struct BindingEntry {
    pub(super) hello: HelloInterface,
    pub(super) table: Table,
    /// Until its first handshake is answered: when the caller of
    /// [`ClientCore::bind`](super::ClientCore::bind) stops waiting for a connection.
    pub(super) first: Option<Instant>,
}

/// Where a call can go now.
pub(super) enum Target {
    Send(u32, u32),
    Wait,
    Fail(String),
}

/// Where call `func` of `binding` can go on the current connection.
pub(super) fn target(
    bindings: &BTreeMap<usize, BindingEntry>,
    binding: usize,
    func: usize,
) -> Target {
    match bindings.get(&binding).map(|b| &b.table) {
        Some(Table::Bound { iface, funcs }) => match funcs.get(func) {
            Some(&f) => Target::Send(*iface, f),
            None => Target::Fail(format!("no function {func} in the binding")),
        },
        Some(Table::Refused(reason)) => Target::Fail(reason.clone()),
        Some(Table::Waiting) => Target::Wait,
        None => Target::Fail("no such binding".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_welcome_entry_becomes_a_table_or_the_reason_there_is_none() {
        let accepted = |funcs: Vec<u32>| Some(WelcomeEntry::Accepted { iface: 3, funcs });
        assert!(matches!(
            read_entry(2, accepted(vec![4, 5])),
            Ok(Table::Bound { iface: 3, funcs }) if funcs == [4, 5]
        ));
        let malformed = Err(BindRefusal::Handshake("malformed welcome".into()));
        assert_eq!(read_entry(3, accepted(vec![4, 5])).map(|_| ()), malformed);
        assert_eq!(read_entry(1, None).map(|_| ()), malformed);
        let forbidden = read_entry(1, Some(WelcomeEntry::Forbidden)).map(|_| ());
        assert_eq!(forbidden, Err(BindRefusal::Forbidden));
        let reason = BindRefusal::UnknownInterface.after_reconnect();
        assert_eq!(reason, "after reconnecting: the server no longer exports the interface");
    }
}
