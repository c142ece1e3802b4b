//! Unix domain socket transport: the same `len:u32 LE` + body framing as TCP.
//!
//! Endpoints are written `unix:///path/to/socket`.

use std::path::{Path, PathBuf};

use futures::FutureExt;
use futures::future::BoxFuture;
use tokio::net::UnixStream;

use super::framing::framed_conn;
use super::{Conn, Connector, DEFAULT_MAX_FRAME, Listener, TransportError};

fn conn(stream: UnixStream, max_frame: usize, peer: String) -> Conn {
    let (read, write) = stream.into_split();
    framed_conn(read, write, max_frame, peer)
}

/// Connects to a Unix domain socket.
#[derive(Debug, Clone)]
pub struct UnixConnector {
    path: PathBuf,
    max_frame: usize,
}

impl UnixConnector {
    /// A connector to the socket at `path`, with frames of at most [`DEFAULT_MAX_FRAME`].
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into(), max_frame: DEFAULT_MAX_FRAME }
    }

    /// Sets the largest frame sent or accepted.
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }
}

impl Connector for UnixConnector {
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            let stream = UnixStream::connect(&self.path).await?;
            Ok(conn(stream, self.max_frame, self.endpoint()))
        }
        .boxed()
    }

    fn endpoint(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

/// Accepts connections on a Unix domain socket; removes the socket file when dropped.
#[derive(Debug)]
pub struct UnixListener {
    inner: tokio::net::UnixListener,
    path: PathBuf,
    max_frame: usize,
}

impl UnixListener {
    /// Listens on a new socket at `path` (which must not exist yet).
    ///
    /// # Errors
    /// The socket cannot be created.
    pub fn bind(path: impl AsRef<Path>) -> Result<Self, TransportError> {
        let path = path.as_ref().to_path_buf();
        let inner = tokio::net::UnixListener::bind(&path)?;
        Ok(Self { inner, path, max_frame: DEFAULT_MAX_FRAME })
    }

    /// Sets the largest frame sent or accepted.
    #[must_use]
    pub fn max_frame(mut self, max_frame: usize) -> Self {
        self.max_frame = max_frame;
        self
    }

    /// The path of the socket.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for UnixListener {
    /// Removes the socket file, so the path can be bound again.
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Listener for UnixListener {
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move {
            let (stream, _) = self.inner.accept().await?;
            let peer = format!("unix://{} (client)", self.path.display());
            Ok(conn(stream, self.max_frame, peer))
        }
        .boxed()
    }

    fn local_endpoint(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}
