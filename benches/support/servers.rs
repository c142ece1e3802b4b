//! neorun servers of the in-memory store: in-process channels (on the caller's runtime or on
//! a multi-thread runtime) and TCP on 127.0.0.1 in a thread of its own.

use std::net::SocketAddr;
use std::sync::Arc;

use neorun::Exports;
use neorun::kv::InMemoryKv;
use neorun::rpc::{ClientConfig, Connection, ServerConfig, serve};
use neorun::transport::tcp::{TcpConnector, TcpListener};
use neorun::transport::{Connector, DEFAULT_MAX_FRAME, channel};
use tokio::runtime::Runtime;

use super::guest::Error;

/// The exports every server serves: `neorun:kv/store` backed by `kv`.
///
/// # Errors
/// When the service cannot be added.
pub(crate) fn kv_exports(kv: &Arc<InMemoryKv>) -> Result<Arc<Exports>, Error> {
    let mut exports = Exports::new();
    exports.add(Arc::new(neorun::kv::service(kv.clone())))?;
    Ok(Arc::new(exports))
}

/// A channel server spawned on `rt` and a client connection whose driver also runs on `rt`.
///
/// # Errors
/// When the connection cannot be made.
pub(crate) fn channel_on(rt: &Runtime, exports: &Arc<Exports>) -> Result<Connection, Error> {
    rt.block_on(async {
        let (listener, connector) = channel::listen("kv", DEFAULT_MAX_FRAME);
        tokio::spawn(serve(listener, exports.clone(), ServerConfig::default()));
        let conn = Connection::over(connector.connect().await?, ClientConfig::default())?;
        Ok(conn)
    })
}

/// Starts a thread with a current-thread runtime that runs `server(rt)`'s future, and returns
/// what the set-up half sends back (the address it listens on).
pub(crate) fn spawn_server_thread<F, Fut>(name: &str, server: F) -> Result<SocketAddr, Error>
where
    F: FnOnce(std::sync::mpsc::Sender<Result<SocketAddr, String>>) -> Fut + Send + 'static,
    Fut: Future<Output = ()> + 'static,
{
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::Builder::new().name(name.to_owned()).spawn(move || {
        match tokio::runtime::Builder::new_current_thread().enable_all().build() {
            Ok(rt) => rt.block_on(server(tx)),
            Err(e) => {
                let _ = tx.send(Err(e.to_string()));
            }
        }
    })?;
    Ok(rx.recv()??)
}

/// A neorun TCP server on 127.0.0.1 in its own thread; returns its address.
///
/// # Errors
/// When the socket cannot be bound.
pub(crate) fn tcp_server(exports: &Arc<Exports>) -> Result<SocketAddr, Error> {
    let exports = exports.clone();
    spawn_server_thread("neorun-tcp-server", move |tx| async move {
        match TcpListener::bind("127.0.0.1:0").await {
            Ok(listener) => {
                let _ = tx.send(Ok(listener.local_addr()));
                let _ = serve(listener, exports, ServerConfig::default()).await;
            }
            Err(e) => {
                let _ = tx.send(Err(e.to_string()));
            }
        }
    })
}

/// A client connection to `addr` driven by `rt`.
///
/// # Errors
/// When the connection cannot be made.
pub(crate) fn tcp_connect(rt: &Runtime, addr: SocketAddr) -> Result<Connection, Error> {
    rt.block_on(async {
        let conn = TcpConnector::new(addr.to_string()).connect().await?;
        Ok(Connection::over(conn, ClientConfig::default())?)
    })
}
