//! In-process transport: frames move between two halves of a channel, never copied.
//!
//! Both ends may live on one thread (a current-thread runtime or a `LocalSet`): nothing is
//! spawned and no thread hands anything to another. Sending a frame is a push onto a queue and,
//! when the receiver waits, one wake; nothing is allocated per frame. The sender enforces the
//! frame limit, so an oversized frame fails at `start_send` and never reaches the peer. When
//! one end is dropped, the other end's stream ends (`None`) and its sink fails with
//! [`TransportError::Closed`].
//!
//! [`pair`] makes one connection; [`listen`] makes a listener and a connector, so a server can
//! accept any number of in-process clients.

use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};

use bytes::Bytes;
use futures::channel::mpsc;
use futures::future::BoxFuture;
use futures::{FutureExt, Sink, Stream, StreamExt};

use super::{Conn, Connector, Intake, Listener, TransportError};

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
    let to_b = Arc::new(Pipe::default());
    let to_a = Arc::new(Pipe::default());
    let end = |tx: &Arc<Pipe>, rx: &Arc<Pipe>, side| Conn {
        sink: Box::pin(ChannelSink { pipe: tx.clone(), max_frame, closed: false }),
        stream: Box::pin(ChannelStream { pipe: rx.clone() }),
        peer: format!("channel#{id}{side}"),
        peer_identity: None,
        intake: Intake::default(),
    };
    (end(&to_b, &to_a, "b"), end(&to_a, &to_b, "a"))
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

/// One direction of a connection: the frames in transit and who waits for what.
#[derive(Debug, Default)]
struct Pipe {
    state: Mutex<PipeState>,
}

#[derive(Debug, Default)]
struct PipeState {
    frames: VecDeque<Bytes>,
    /// The receiver's waker, and whether it waits (returned `Pending`) right now.
    rx_waker: Option<Waker>,
    rx_waiting: bool,
    /// The sender's waker while it waits for room.
    tx_waker: Option<Waker>,
    /// The sending half was closed or dropped: the stream ends once drained.
    tx_gone: bool,
    /// The receiving half was dropped: sending fails.
    rx_gone: bool,
}

impl Pipe {
    fn lock(&self) -> MutexGuard<'_, PipeState> {
        // Every critical section leaves the state consistent: a panic cannot tear it.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The receiver's waker when it waits (cleared: one wake per wait).
    fn take_rx_wake(s: &mut PipeState) -> Option<Waker> {
        if s.rx_waiting {
            s.rx_waiting = false;
            s.rx_waker.clone()
        } else {
            None
        }
    }
}

/// Stores `cx`'s waker in `slot` unless it is already there.
fn register(slot: &mut Option<Waker>, cx: &Context<'_>) {
    if !slot.as_ref().is_some_and(|w| w.will_wake(cx.waker())) {
        *slot = Some(cx.waker().clone());
    }
}

/// The sending half of a channel connection.
struct ChannelSink {
    pipe: Arc<Pipe>,
    max_frame: usize,
    closed: bool,
}

impl ChannelSink {
    fn close(&mut self) {
        if self.closed {
            return;
        }
        self.closed = true;
        let wake = {
            let mut s = self.pipe.lock();
            s.tx_gone = true;
            Pipe::take_rx_wake(&mut s)
        };
        if let Some(w) = wake {
            w.wake();
        }
    }
}

impl Sink<Bytes> for ChannelSink {
    type Error = TransportError;

    fn poll_ready(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        if self.closed {
            return Poll::Ready(Err(TransportError::Closed));
        }
        let mut s = self.pipe.lock();
        if s.rx_gone {
            return Poll::Ready(Err(TransportError::Closed));
        }
        if s.frames.len() < QUEUE_DEPTH {
            return Poll::Ready(Ok(()));
        }
        register(&mut s.tx_waker, cx);
        Poll::Pending
    }

    fn start_send(self: Pin<&mut Self>, frame: Bytes) -> Result<(), Self::Error> {
        if frame.len() > self.max_frame {
            return Err(TransportError::FrameTooLarge {
                size: frame.len() as u64,
                limit: self.max_frame,
            });
        }
        if self.closed {
            return Err(TransportError::Closed);
        }
        let wake = {
            let mut s = self.pipe.lock();
            if s.rx_gone {
                return Err(TransportError::Closed);
            }
            s.frames.push_back(frame);
            Pipe::take_rx_wake(&mut s)
        };
        if let Some(w) = wake {
            w.wake();
        }
        Ok(())
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        // A frame is with the receiver as soon as it is queued.
        Poll::Ready(if self.closed { Err(TransportError::Closed) } else { Ok(()) })
    }

    fn poll_close(mut self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.close();
        Poll::Ready(Ok(()))
    }
}

impl Drop for ChannelSink {
    fn drop(&mut self) {
        self.close();
    }
}

/// The receiving half of a channel connection.
struct ChannelStream {
    pipe: Arc<Pipe>,
}

impl Stream for ChannelStream {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let (frame, wake) = {
            let mut s = self.pipe.lock();
            match s.frames.pop_front() {
                Some(frame) => {
                    // Wake a sender waiting for room once there is room again.
                    let room = s.frames.len() < QUEUE_DEPTH;
                    (frame, if room { s.tx_waker.take() } else { None })
                }
                None if s.tx_gone => return Poll::Ready(None),
                None => {
                    register(&mut s.rx_waker, cx);
                    s.rx_waiting = true;
                    return Poll::Pending;
                }
            }
        };
        if let Some(w) = wake {
            w.wake();
        }
        Poll::Ready(Some(Ok(frame)))
    }
}

impl Drop for ChannelStream {
    fn drop(&mut self) {
        let wake = {
            let mut s = self.pipe.lock();
            s.rx_gone = true;
            s.frames.clear();
            s.tx_waker.take()
        };
        if let Some(w) = wake {
            w.wake();
        }
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
    fn a_full_queue_makes_the_sender_wait_until_the_receiver_takes_a_frame() {
        let (mut a, mut b) = pair(64);
        let mut cx = Context::from_waker(Waker::noop());
        for i in 0..QUEUE_DEPTH {
            assert!(a.sink.as_mut().poll_ready(&mut cx).is_ready(), "room for frame {i}");
            a.sink.as_mut().start_send(Bytes::from(i.to_le_bytes().to_vec())).unwrap();
        }
        assert!(a.sink.as_mut().poll_ready(&mut cx).is_pending(), "the queue is full");
        let first = b.stream.as_mut().poll_next(&mut cx);
        assert!(matches!(first, Poll::Ready(Some(Ok(f))) if f[..] == 0usize.to_le_bytes()));
        assert!(a.sink.as_mut().poll_ready(&mut cx).is_ready(), "room again");
    }

    #[test]
    fn closing_the_sink_ends_the_stream_after_the_queued_frames() {
        futures::executor::block_on(async {
            let (mut a, mut b) = pair(64);
            a.sink.feed(Bytes::from_static(b"one")).await.unwrap();
            a.sink.feed(Bytes::from_static(b"two")).await.unwrap();
            a.sink.close().await.unwrap();
            assert_eq!(b.stream.next().await.unwrap().unwrap(), "one");
            assert_eq!(b.stream.next().await.unwrap().unwrap(), "two");
            assert!(b.stream.next().await.is_none());
            let err = a.sink.send(Bytes::new()).await.unwrap_err();
            assert!(matches!(err, TransportError::Closed), "{err}");
        });
    }

    #[test]
    fn a_waiting_receiver_is_woken_by_a_send() {
        struct Count(std::sync::atomic::AtomicUsize);
        impl std::task::Wake for Count {
            fn wake(self: Arc<Self>) {
                self.0.fetch_add(1, Ordering::Relaxed);
            }
        }
        let count = Arc::new(Count(std::sync::atomic::AtomicUsize::new(0)));
        let waker = Waker::from(count.clone());
        let mut cx = Context::from_waker(&waker);
        let (mut a, mut b) = pair(64);
        assert!(b.stream.as_mut().poll_next(&mut cx).is_pending());
        a.sink.as_mut().start_send(Bytes::from_static(b"x")).unwrap();
        a.sink.as_mut().start_send(Bytes::from_static(b"y")).unwrap();
        assert_eq!(count.0.load(Ordering::Relaxed), 1, "one wake per wait");
        assert!(b.stream.as_mut().poll_next(&mut cx).is_ready());
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
