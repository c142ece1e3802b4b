//! Length-prefixed framing shared by every byte-stream transport (TCP, Unix, TLS, QUIC).
//!
//! A frame on the wire is `len:u32 LE` followed by `len` bytes (`PROTOCOL.md`). Writing is
//! [`VectoredWriter`] on streams that take vectored writes, else `tokio_util`'s
//! `LengthDelimitedCodec` behind [`FrameCodec`]; reading is [`FrameReader`],
//! which compares the announced length with the limit before it reserves any memory, charges a
//! frame it must wait for to the connection's [`Intake`] budget, and bounds how long one frame
//! may take from its first byte.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Buf, Bytes, BytesMut};
use futures::Stream;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::time::{Instant, Sleep};
use tokio_util::codec::{Encoder, FramedWrite, LengthDelimitedCodec};

use futures::SinkExt;

use super::writer::VectoredWriter;
use super::{Conn, Intake, TransportError};
use crate::budget::Held;

/// Bytes of the length prefix.
const HEAD_LEN: usize = 4;

/// Queued bytes past which `feed` starts writing to the socket; below it, only `flush` writes.
pub(crate) const WRITE_BUFFER: usize = 256 << 10;

/// The read buffer: small frames arrive many per read.
const READ_BUFFER: usize = 16 << 10;

/// Spare room below which the read buffer grows before a read.
const MIN_READ: usize = 2 << 10;

/// Encodes `len:u32 LE` + body frames of at most `max_frame` bytes.
#[derive(Debug)]
pub(crate) struct FrameCodec {
    inner: LengthDelimitedCodec,
    max_frame: usize,
}

impl FrameCodec {
    /// A codec for frames of at most `max_frame` bytes (clamped to `u32::MAX`).
    pub(crate) fn new(max_frame: usize) -> Self {
        let inner = LengthDelimitedCodec::builder()
            .length_field_type::<u32>()
            .little_endian()
            .max_frame_length(max_frame)
            .new_codec();
        let max_frame = inner.max_frame_length();
        Self { inner, max_frame }
    }
}

impl Encoder<Bytes> for FrameCodec {
    type Error = TransportError;

    fn encode(&mut self, frame: Bytes, dst: &mut BytesMut) -> Result<(), TransportError> {
        if frame.len() > self.max_frame {
            return Err(TransportError::FrameTooLarge {
                size: frame.len() as u64,
                limit: self.max_frame,
            });
        }
        super::copy_stats::note(frame.len());
        Ok(self.inner.encode(frame, dst)?)
    }
}

/// Reads whole frames from a byte stream.
///
/// Frames that arrive whole are split off the read buffer without a copy. A frame that must be
/// waited for has its announced length checked against `max_frame` first (nothing is reserved
/// for an oversized one), then, when the [`Intake`] has limits, reserved from their budget
/// before more of it is read: while the budget has no room the reader reads nothing and waits.
/// The frame timeout runs from the first byte of a frame that did not arrive whole.
pub(crate) struct FrameReader<R> {
    io: R,
    buf: BytesMut,
    max_frame: usize,
    intake: Intake,
    /// Bytes reserved from the intake's budget for the frame being received.
    reserved: usize,
    /// The frame being received had to wait for room in the budget: if it is late, the
    /// budget is the reason.
    for_budget: bool,
    /// When the first byte of the frame being received was seen, while one is partial.
    started: Option<Instant>,
    /// One timer for the connection, armed for the first partial frame's deadline and moved
    /// only when it goes off early (a later frame's deadline is always later): a pipelining
    /// peer's frames cut at every read cost a clock read each, not a timer.
    timer: Option<Pin<Box<Sleep>>>,
    done: bool,
}

impl<R> FrameReader<R> {
    pub(crate) fn new(io: R, max_frame: usize, intake: Intake) -> Self {
        let max_frame = max_frame.min(u32::MAX as usize);
        Self {
            io,
            buf: BytesMut::new(),
            max_frame,
            intake,
            reserved: 0,
            for_budget: false,
            started: None,
            timer: None,
            done: false,
        }
    }

    /// The frame being received is complete (or abandoned): gives back its reservation.
    fn frame_done(&mut self) {
        if self.reserved > 0
            && let Some(limits) = self.intake.limits()
        {
            limits.budget.release(Held::PartialFrames, self.reserved);
        }
        self.reserved = 0;
        self.for_budget = false;
        self.started = None;
    }

    fn fail(&mut self, e: TransportError) -> Poll<Option<Result<Bytes, TransportError>>> {
        self.frame_done();
        self.done = true;
        Poll::Ready(Some(Err(e)))
    }

    /// Reserves `len` bytes for the frame being received; pending (with a wake-up registered)
    /// while the budget has no room, and an error for a frame larger than the whole budget
    /// (it could never fit).
    fn poll_reserve(
        &mut self,
        len: usize,
        cx: &mut Context<'_>,
    ) -> Poll<Result<(), TransportError>> {
        let Some(limits) = self.intake.limits() else { return Poll::Ready(Ok(())) };
        if self.reserved >= len {
            return Poll::Ready(Ok(()));
        }
        let budget = &limits.budget;
        let memory = budget.limits().memory;
        if len > memory {
            return Poll::Ready(Err(TransportError::OverBudget {
                size: len as u64,
                budget: memory,
            }));
        }
        if budget.try_take(Held::PartialFrames, len) {
            self.reserved = len;
            return Poll::Ready(Ok(()));
        }
        budget.wait(cx);
        if budget.try_take(Held::PartialFrames, len) {
            self.reserved = len;
            return Poll::Ready(Ok(()));
        }
        self.for_budget = true;
        Poll::Pending
    }

    /// Waits (pending) for a partial frame's missing part or budget, unless its deadline has
    /// passed: then the stream fails.
    fn wait_in_time(
        &mut self,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Bytes, TransportError>>> {
        match self.poll_timer(cx) {
            Poll::Ready(e) => self.fail(e),
            Poll::Pending => Poll::Pending,
        }
    }

    /// Notes the first byte of a partial frame (the clock is read once per frame).
    fn note_partial(&mut self) {
        if self.started.is_none() && self.intake.limits().is_some_and(|l| l.frame_timeout.is_some())
        {
            self.started = Some(Instant::now());
        }
    }

    /// Before waiting for the peer with a partial frame: ready with the error when the frame
    /// is late; otherwise the timer is set to wake the task at the frame's deadline at the
    /// latest.
    fn poll_timer(&mut self, cx: &mut Context<'_>) -> Poll<TransportError> {
        let (Some(started), Some(timeout)) =
            (self.started, self.intake.limits().and_then(|l| l.frame_timeout))
        else {
            return Poll::Pending;
        };
        let deadline = started + timeout;
        loop {
            if Instant::now() >= deadline {
                if let Some(limits) = self.intake.limits() {
                    limits.budget.add_frame_timeout();
                }
                let for_budget = self.for_budget;
                return Poll::Ready(TransportError::FrameTimeout { timeout, for_budget });
            }
            let timer =
                self.timer.get_or_insert_with(|| Box::pin(tokio::time::sleep_until(deadline)));
            match timer.as_mut().poll(cx) {
                Poll::Pending => return Poll::Pending,
                // Set for an earlier frame: move it to this frame's deadline.
                Poll::Ready(()) => timer.as_mut().reset(deadline),
            }
        }
    }
}

impl<R: AsyncRead + Unpin> Stream for FrameReader<R> {
    type Item = Result<Bytes, TransportError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        loop {
            // The frame wanted next: its total length on the wire once its head is here.
            let mut want = None;
            if this.buf.len() >= HEAD_LEN {
                let mut head = [0; HEAD_LEN];
                head.copy_from_slice(&this.buf[..HEAD_LEN]);
                let len = u32::from_le_bytes(head) as usize;
                if len > this.max_frame {
                    let limit = this.max_frame;
                    return this.fail(TransportError::FrameTooLarge { size: len as u64, limit });
                }
                if this.buf.len() >= HEAD_LEN + len {
                    this.buf.advance(HEAD_LEN);
                    let frame = this.buf.split_to(len).freeze();
                    this.frame_done();
                    return Poll::Ready(Some(Ok(frame)));
                }
                want = Some(HEAD_LEN + len);
            }
            if !this.buf.is_empty() {
                // A partial frame: it has until its deadline to complete, and its memory
                // comes from the budget before more of it is read.
                this.note_partial();
                if let Some(total) = want {
                    match this.poll_reserve(total - HEAD_LEN, cx) {
                        Poll::Ready(Ok(())) => {}
                        Poll::Ready(Err(e)) => return this.fail(e),
                        Poll::Pending => return this.wait_in_time(cx),
                    }
                }
            }
            let missing = want.map_or(0, |total| total - this.buf.len());
            if this.buf.capacity() - this.buf.len() < missing.max(MIN_READ) {
                this.buf.reserve(missing.max(READ_BUFFER));
            }
            match tokio_util::io::poll_read_buf(Pin::new(&mut this.io), cx, &mut this.buf) {
                Poll::Ready(Ok(0)) if this.buf.is_empty() => {
                    this.done = true;
                    return Poll::Ready(None);
                }
                // The peer went away in the middle of a frame.
                Poll::Ready(Ok(0)) => return this.fail(TransportError::Closed),
                Poll::Ready(Ok(_)) => {}
                Poll::Ready(Err(e)) => return this.fail(peer_gone(e.into())),
                Poll::Pending if this.started.is_some() => return this.wait_in_time(cx),
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

impl<R> Drop for FrameReader<R> {
    fn drop(&mut self) {
        self.frame_done();
    }
}

/// Reports the I/O errors that mean "the peer went away" (a reset, a broken pipe, a TLS
/// stream cut without `close_notify`, a QUIC connection closed by the peer) as
/// [`TransportError::Closed`].
fn peer_gone(e: TransportError) -> TransportError {
    use std::io::ErrorKind::{
        BrokenPipe, ConnectionAborted, ConnectionReset, NotConnected, UnexpectedEof,
    };
    match e {
        TransportError::Io(io)
            if matches!(
                io.kind(),
                BrokenPipe | ConnectionAborted | ConnectionReset | NotConnected | UnexpectedEof
            ) =>
        {
            TransportError::Closed
        }
        other => other,
    }
}

/// Builds a [`Conn`] from the two halves of a byte stream. A stream that takes vectored
/// writes gets each frame's prefix and bytes in one `writev`, without copying the frame
/// ([`VectoredWriter`]); another gets frames copied into one write buffer ([`FrameCodec`]).
pub(crate) fn framed_conn<R, W>(read: R, write: W, max_frame: usize, peer: String) -> Conn
where
    R: AsyncRead + Send + Unpin + 'static,
    W: AsyncWrite + Send + Unpin + 'static,
{
    let sink: super::FrameSink = if write.is_write_vectored() {
        Box::pin(VectoredWriter::new(write, max_frame, WRITE_BUFFER).sink_map_err(peer_gone))
    } else {
        let mut sink = FramedWrite::new(write, FrameCodec::new(max_frame));
        sink.set_backpressure_boundary(WRITE_BUFFER);
        Box::pin(sink.sink_map_err(peer_gone))
    };
    let intake = Intake::default();
    let stream = FrameReader::new(read, max_frame, intake.clone());
    Conn { sink, stream: Box::pin(stream), peer, peer_identity: None, intake }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use futures::StreamExt;

    use super::*;
    use crate::budget::{Budget, ServerLimits};

    fn wire(frames: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        for f in frames {
            out.extend_from_slice(&u32::try_from(f.len()).unwrap().to_le_bytes());
            out.extend_from_slice(f);
        }
        out
    }

    /// Reads every frame from `chunks`, delivered one read each.
    async fn read_all(chunks: Vec<Vec<u8>>, max_frame: usize) -> Vec<Result<Bytes, String>> {
        let mut io = tokio_test_io(chunks);
        let reader = FrameReader::new(&mut io, max_frame, Intake::default());
        reader.map(|r| r.map_err(|e| e.to_string())).collect().await
    }

    /// An `AsyncRead` that returns `chunks` one per read, then end of stream.
    fn tokio_test_io(chunks: Vec<Vec<u8>>) -> impl AsyncRead + Unpin {
        let stream = futures::stream::iter(chunks.into_iter().map(|c| Ok(Bytes::from(c))));
        tokio_util::io::StreamReader::new(stream.map(|r: std::io::Result<Bytes>| r))
    }

    #[test]
    fn encoder_writes_u32_le_length_then_body() {
        let mut codec = FrameCodec::new(16);
        let mut dst = BytesMut::new();
        codec.encode(Bytes::from_static(b"abc"), &mut dst).unwrap();
        codec.encode(Bytes::new(), &mut dst).unwrap();
        assert_eq!(&dst[..], &[3, 0, 0, 0, b'a', b'b', b'c', 0, 0, 0, 0]);
    }

    #[tokio::test]
    async fn reader_splits_frames_at_every_byte_boundary() {
        let bytes = wire(&[b"one", b"", b"three", &[7; 16]]);
        let expected: Vec<Result<Bytes, String>> = [&b"one"[..], b"", b"three", &[7; 16]]
            .iter()
            .map(|f| Ok(Bytes::copy_from_slice(f)))
            .collect();
        for cut in 0..=bytes.len() {
            let chunks = vec![bytes[..cut].to_vec(), bytes[cut..].to_vec()];
            assert_eq!(read_all(chunks, 16).await, expected, "cut at {cut}");
        }
        let bytewise = bytes.iter().map(|b| vec![*b]).collect();
        assert_eq!(read_all(bytewise, 16).await, expected, "one byte per read");
    }

    #[tokio::test]
    async fn announced_length_over_limit_fails_before_reading_the_body() {
        let mut head = u32::MAX.to_le_bytes().to_vec();
        head.extend_from_slice(&[0; 8]);
        let got = read_all(vec![head], 1 << 20).await;
        assert_eq!(got.len(), 1, "the stream ends after the error");
        assert_eq!(
            got[0].as_ref().unwrap_err(),
            &TransportError::FrameTooLarge { size: u64::from(u32::MAX), limit: 1 << 20 }
                .to_string()
        );
    }

    #[tokio::test]
    async fn announced_length_at_limit_is_accepted() {
        let got = read_all(vec![wire(&[b"12345"])], 5).await;
        assert_eq!(got, [Ok(Bytes::from_static(b"12345"))]);
    }

    #[test]
    fn encoder_refuses_frame_over_limit() {
        let mut codec = FrameCodec::new(2);
        let err = codec.encode(Bytes::from_static(b"abc"), &mut BytesMut::new()).unwrap_err();
        assert!(matches!(err, TransportError::FrameTooLarge { size: 3, limit: 2 }), "{err}");
    }

    #[tokio::test]
    async fn truncated_frame_at_eof_is_closed() {
        let got = read_all(vec![wire(&[b"abc"])[..5].to_vec()], 16).await;
        assert_eq!(got, [Err(TransportError::Closed.to_string())]);
    }

    #[tokio::test(start_paused = true)]
    async fn a_partial_frame_holds_its_reservation_then_times_out() {
        let budget = Budget::new(ServerLimits::new(1 << 20, 4));
        let (mut near, far) = tokio::io::duplex(1 << 16);
        let intake = Intake::default();
        intake.limit(budget.clone(), Some(Duration::from_secs(5)));
        let mut reader = FrameReader::new(far, 1 << 20, intake);
        use tokio::io::AsyncWriteExt;
        near.write_all(&1000u32.to_le_bytes()).await.unwrap();
        near.write_all(&[1; 10]).await.unwrap();
        assert!(futures::poll!(reader.next()).is_pending());
        assert_eq!(budget.stats().partial_frame_bytes, 1000);
        let err = reader.next().await.unwrap().unwrap_err();
        assert!(matches!(err, TransportError::FrameTimeout { .. }), "{err}");
        assert_eq!(budget.stats().partial_frame_bytes, 0, "released on failure");
        assert_eq!(budget.stats().frame_timeouts, 1);
        assert!(reader.next().await.is_none());
    }

    #[tokio::test]
    async fn a_frame_larger_than_the_whole_budget_fails_at_once() {
        let budget = Budget::new(ServerLimits::new(1000, 4));
        let (mut near, far) = tokio::io::duplex(1 << 16);
        let intake = Intake::default();
        intake.limit(budget.clone(), Some(Duration::from_secs(30)));
        let mut reader = FrameReader::new(far, 1 << 20, intake);
        use tokio::io::AsyncWriteExt;
        near.write_all(&1001u32.to_le_bytes()).await.unwrap();
        near.write_all(&[1; 10]).await.unwrap();
        let err = reader.next().await.unwrap().unwrap_err();
        assert!(matches!(err, TransportError::OverBudget { size: 1001, budget: 1000 }), "{err}");
        assert_eq!(budget.stats().memory_used, 0);
    }

    #[tokio::test(start_paused = true)]
    async fn a_frame_waits_for_budget_and_goes_on_when_room_is_released() {
        let budget = Budget::new(ServerLimits::new(1500, 4));
        assert!(budget.try_take(Held::Arguments, 1000));
        let (mut near, far) = tokio::io::duplex(1 << 16);
        let intake = Intake::default();
        intake.limit(budget.clone(), None);
        let mut reader = FrameReader::new(far, 1 << 20, intake);
        use tokio::io::AsyncWriteExt;
        near.write_all(&1000u32.to_le_bytes()).await.unwrap();
        near.write_all(&[1; 10]).await.unwrap();
        assert!(futures::poll!(reader.next()).is_pending(), "no room for 1000 more bytes");
        assert_eq!(budget.stats().partial_frame_bytes, 0);
        budget.release(Held::Arguments, 1000);
        near.write_all(&[1; 990]).await.unwrap();
        let frame = reader.next().await.unwrap().unwrap();
        assert_eq!(frame.len(), 1000);
        assert_eq!(budget.stats().memory_used, 0);
    }

    #[tokio::test]
    async fn feed_queues_and_only_flush_writes() {
        use futures::{FutureExt, SinkExt};
        use tokio::io::AsyncReadExt;

        let (near, mut far) = tokio::io::duplex(1 << 20);
        let (read, write) = tokio::io::split(near);
        let mut conn = framed_conn(read, write, 1024, "test".into());
        let mut buf = [0u8; 64];
        for _ in 0..3 {
            conn.sink.feed(Bytes::from_static(b"abc")).await.unwrap();
        }
        assert!(far.read(&mut buf).now_or_never().is_none(), "feed wrote to the socket");
        conn.sink.flush().await.unwrap();
        let n = far.read(&mut buf).await.unwrap();
        assert_eq!(
            &buf[..n],
            &wire(&[b"abc", b"abc", b"abc"])[..],
            "flush writes every queued frame"
        );
    }
}
