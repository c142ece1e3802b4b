//! In-process transport: frames move between two halves of a channel, never copied.
//!
//! Both ends may live on one thread (a current-thread runtime or a `LocalSet`): nothing is
//! spawned and no thread hands anything to another. The sender enforces the frame limit, so an
//! oversized frame fails at `start_send` and never reaches the peer. When one end is dropped,
//! the other end's stream ends (`None`) and its sink fails with [`TransportError::Closed`].
//!
//! [`pair`] makes one connection; [`listen`] makes a listener and a connector, so a server can
//! accept any number of in-process clients.

use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::channel::mpsc;
use futures::future::BoxFuture;
use futures::{FutureExt, Sink, StreamExt};

use super::{Conn, Connector, Listener, TransportError};

/// Frames a sender may queue before `poll_ready` waits for the receiver.
const QUEUE_DEPTH: usize = 256;

/// Numbers the connections of this process, for [`Conn::peer`].
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Makes one connected pair: what one end sends, the other receives.
///
/// Frames longer than `max_frame` bytes are refused by the sending end with
/// [`TransportError::FrameTooLarge`].
#[must_use]
pub fn pair(max_frame: usize) -> (Conn, Conn) {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let (to_b, from_a) = mpsc::channel(QUEUE_DEPTH);
    let (to_a, from_b) = mpsc::channel(QUEUE_DEPTH);
    let end = |tx, rx: mpsc::Receiver<Bytes>, side| Conn {
        sink: Box::pin(ChannelSink { tx, max_frame }),
        stream: Box::pin(rx.map(Ok)),
        peer: format!("channel#{id}{side}"),
        peer_identity: None,
    };
    (end(to_b, from_b, "b"), end(to_a, from_a, "a"))
}

/// Makes an in-process endpoint called `name`: a listener and a connector to it.
///
/// Every [`Connector::connect`] makes a new [`pair`] and hands the server end to the listener.
/// Connecting after the listener is dropped fails with an I/O error of kind
/// `ConnectionRefused`.
#[must_use]
pub fn listen(name: &str, max_frame: usize) -> (ChannelListener, ChannelConnector) {
    let (tx, rx) = mpsc::unbounded();
    let endpoint = format!("channel://{name}");
    (
        ChannelListener { rx, endpoint: endpoint.clone() },
        ChannelConnector { tx, endpoint, max_frame },
    )
}

/// The sending half of a channel connection.
struct ChannelSink {
    tx: mpsc::Sender<Bytes>,
    max_frame: usize,
}

fn closed(_: mpsc::SendError) -> TransportError {
    TransportError::Closed
}

impl Sink<Bytes> for ChannelSink {
    type Error = TransportError;

    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.tx.poll_ready(cx).map_err(closed)
    }

    fn start_send(mut self: Pin<&mut Self>, frame: Bytes) -> Result<(), Self::Error> {
        if frame.len() > self.max_frame {
            return Err(TransportError::FrameTooLarge {
                size: frame.len() as u64,
                limit: self.max_frame,
            });
        }
        self.tx.start_send(frame).map_err(closed)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Pin::new(&mut self.tx).poll_flush(cx).map_err(closed)
    }

    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Pin::new(&mut self.tx).poll_close(cx).map_err(closed)
    }
}

/// Accepts the connections made through its [`ChannelConnector`]s.
#[derive(Debug)]
pub struct ChannelListener {
    rx: mpsc::UnboundedReceiver<Conn>,
    endpoint: String,
}

impl Listener for ChannelListener {
    /// Waits for the next client; fails with [`TransportError::Closed`] once every connector
    /// is dropped.
    fn accept(&mut self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        async move { self.rx.next().await.ok_or(TransportError::Closed) }.boxed()
    }

    fn local_endpoint(&self) -> String {
        self.endpoint.clone()
    }
}

/// Connects to one [`ChannelListener`]; clone it to hand it around.
#[derive(Debug, Clone)]
pub struct ChannelConnector {
    tx: mpsc::UnboundedSender<Conn>,
    endpoint: String,
    max_frame: usize,
}

impl Connector for ChannelConnector {
    fn connect(&self) -> BoxFuture<'_, Result<Conn, TransportError>> {
        let (client, server) = pair(self.max_frame);
        let sent = self.tx.unbounded_send(server).map(|()| client).map_err(|_| {
            TransportError::Io(std::io::Error::new(
                std::io::ErrorKind::ConnectionRefused,
                format!("no listener at {}", self.endpoint),
            ))
        });
        futures::future::ready(sent).boxed()
    }

    fn endpoint(&self) -> String {
        self.endpoint.clone()
    }
}

#[cfg(test)]
mod tests {
    use futures::SinkExt;

    use super::*;

    #[test]
    fn pair_moves_frames_without_copying() {
        futures::executor::block_on(async {
            let (mut a, mut b) = pair(64);
            let frame = Bytes::from_static(b"hello");
            let ptr = frame.as_ptr();
            a.sink.send(frame).await.unwrap();
            let got = b.stream.next().await.unwrap().unwrap();
            assert_eq!(got, "hello");
            assert_eq!(got.as_ptr(), ptr, "the received frame is the sent buffer");
        });
    }

    #[test]
    fn oversized_frame_is_refused_by_the_sender() {
        futures::executor::block_on(async {
            let (mut a, _b) = pair(4);
            let err = a.sink.send(Bytes::from_static(b"12345")).await.unwrap_err();
            assert!(matches!(err, TransportError::FrameTooLarge { size: 5, limit: 4 }), "{err}");
        });
    }

    #[test]
    fn dropping_one_end_ends_the_other() {
        futures::executor::block_on(async {
            let (mut a, b) = pair(64);
            drop(b);
            assert!(a.stream.next().await.is_none());
            let err = a.sink.send(Bytes::new()).await.unwrap_err();
            assert!(matches!(err, TransportError::Closed), "{err}");
        });
    }

    #[test]
    fn connect_without_listener_is_refused() {
        futures::executor::block_on(async {
            let (listener, connector) = listen("gone", 64);
            drop(listener);
            let err = connector.connect().await.unwrap_err();
            assert!(
                matches!(&err, TransportError::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused),
                "{err}"
            );
        });
    }
}
