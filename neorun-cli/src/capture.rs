//! `--capture FILE`: every frame a connection sends and receives, recorded for `dump --stream`.
//!
//! The file starts with the 8 bytes `NEOCAP1` and a role byte (`c` when `run` wrote it as the
//! client, `s` when `serve` did). Then one record per frame, in the order the frames were handed
//! to the transport or received from it:
//!
//! ```text
//! direction:u8   `>` sent by the process that captured, `<` received by it
//! conn:u32 LE    the connection, numbered from 0 in the order they were opened or accepted
//! len:u32 LE     then `len` bytes of frame: the stream format `dump --stream` reads
//! ```

use std::fs::File;
use std::io::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use bytes::Bytes;
use futures::future::BoxFuture;
use futures::{SinkExt as _, StreamExt as _};
use neorun::transport::{Conn, Connector, Listener, TransportError};

/// The first 7 bytes of a capture file.
pub(crate) const MAGIC: &[u8; 7] = b"NEOCAP1";

/// The length of a capture file's header: [`MAGIC`] and the role byte.
pub(crate) const HEADER_LEN: usize = MAGIC.len() + 1;

/// The length of a record's header before its length prefix: direction and connection.
pub(crate) const RECORD_HEAD: usize = 5;

/// Which side of the connections wrote a capture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// `run`: it sends hello and calls.
    Client,
    /// `serve`: it sends welcome and replies.
    Server,
}

impl Role {
    fn byte(self) -> u8 {
        match self {
            Self::Client => b'c',
            Self::Server => b's',
        }
    }

    /// The role written as `byte`.
    pub(crate) fn from_byte(byte: u8) -> Option<Self> {
        match byte {
            b'c' => Some(Self::Client),
            b's' => Some(Self::Server),
            _ => None,
        }
    }

    /// `client -> server` or `server -> client` for a frame `sent` (or received) by this role.
    pub(crate) fn arrow(self, sent: bool) -> &'static str {
        if (self == Self::Client) == sent { "client -> server" } else { "server -> client" }
    }
}

/// A direction byte: [`SENT`] or [`RECEIVED`].
pub(crate) const SENT: u8 = b'>';
/// See [`SENT`].
pub(crate) const RECEIVED: u8 = b'<';

/// An open capture file, shared by every connection of the process.
#[derive(Clone)]
pub(crate) struct Capture {
    file: Arc<Mutex<File>>,
    next_conn: Arc<AtomicU32>,
    failed: Arc<AtomicBool>,
}

impl Capture {
    /// Creates (or truncates) `path` and writes the header.
    pub(crate) fn create(path: &Path, role: Role) -> anyhow::Result<Self> {
        let mut file = File::create(path)
            .with_context(|| format!("cannot create the capture file `{}`", path.display()))?;
        let mut header = MAGIC.to_vec();
        header.push(role.byte());
        file.write_all(&header)
            .with_context(|| format!("cannot write the capture file `{}`", path.display()))?;
        Ok(Self {
            file: Arc::new(Mutex::new(file)),
            next_conn: Arc::default(),
            failed: Arc::default(),
        })
    }

    /// Appends one record, in one write so connections never interleave. A capture that cannot
    /// be written is reported once and does not stop the connection.
    fn record(&self, direction: u8, conn: u32, frame: &[u8]) {
        let Ok(len) = u32::try_from(frame.len()) else { return };
        let mut rec = Vec::with_capacity(RECORD_HEAD + 4 + frame.len());
        rec.push(direction);
        rec.extend_from_slice(&conn.to_le_bytes());
        rec.extend_from_slice(&len.to_le_bytes());
        rec.extend_from_slice(frame);
        let written = match self.file.lock() {
            Ok(mut file) => file.write_all(&rec),
            Err(poisoned) => poisoned.into_inner().write_all(&rec),
        };
        if let Err(e) = written
            && !self.failed.swap(true, Ordering::Relaxed)
        {
            tracing::warn!("cannot write the capture file, frames are no longer recorded: {e}");
        }
    }

    /// `conn` with every frame through its sink and stream recorded under a new number.
    pub(crate) fn wrap(&self, conn: Conn) -> Conn {
        let n = self.next_conn.fetch_add(1, Ordering::Relaxed);
        let (out, inc) = (self.clone(), self.clone());
        let sink = conn.sink.with(move |frame: Bytes| {
            out.record(SENT, n, &frame);
            futures::future::ready(Ok::<_, TransportError>(frame))
        });
        let stream = conn.stream.inspect(move |item| {
            if let Ok(frame) = item {
                inc.record(RECEIVED, n, frame);
            }
        });
        Conn { sink: Box::pin(sink), stream: Box::pin(stream), ..conn }
    }
}

/// A connector whose connections are captured.
pub(crate) struct CapturingConnector {
    pub(crate) inner: Box<dyn Connector>,
    pub(crate) capture: Capture,
}

impl Connector for CapturingConnector {
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        Box::pin(async move { self.inner.connect().await.map(|c| self.capture.wrap(c)) })
    }

    fn endpoint(&self) -> String {
        self.inner.endpoint()
    }
}

/// A listener whose connections are captured.
pub(crate) struct CapturingListener<L> {
    pub(crate) inner: L,
    pub(crate) capture: Capture,
}

impl<L: Listener> Listener for CapturingListener<L> {
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        Box::pin(async move { self.inner.accept().await.map(|c| self.capture.wrap(c)) })
    }

    fn local_endpoint(&self) -> String {
        self.inner.local_endpoint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_follow_the_role() {
        assert_eq!(Role::Client.arrow(true), "client -> server");
        assert_eq!(Role::Client.arrow(false), "server -> client");
        assert_eq!(Role::Server.arrow(true), "server -> client");
        assert_eq!(Role::Server.arrow(false), "client -> server");
        for role in [Role::Client, Role::Server] {
            assert_eq!(Role::from_byte(role.byte()), Some(role));
        }
    }

    #[test]
    fn records_are_appended_after_the_header() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.bin");
        let cap = Capture::create(&path, Role::Server).unwrap();
        cap.record(RECEIVED, 2, &[0xaa, 0xbb]);
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(bytes, b"NEOCAP1s<\x02\0\0\0\x02\0\0\0\xaa\xbb");
    }
}
