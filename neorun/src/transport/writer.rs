//! The sending half of a stream transport that takes vectored writes (TCP, Unix sockets): each
//! frame's `len:u32 LE` prefix and its bytes go to the socket as two slices of one `writev`,
//! so a frame is never copied into a write buffer. Streams without vectored writes use
//! `FrameCodec` behind `FramedWrite`, which copies frames into one buffer instead.

use std::collections::VecDeque;
use std::io::IoSlice;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::Sink;
use tokio::io::AsyncWrite;

use super::TransportError;

/// Frames handed to one `writev` at most (two slices each).
const MAX_FRAMES_PER_WRITE: usize = 32;

/// Queues frames on `feed` and writes them with vectored writes on `flush` (or once more than
/// `boundary` bytes wait); frames over `max_frame` bytes are refused at `start_send`.
pub(crate) struct VectoredWriter<W> {
    io: W,
    /// Frames not yet written, each with its length prefix.
    queue: VecDeque<([u8; 4], Bytes)>,
    /// Bytes of the front frame (prefix included) already written.
    written: usize,
    /// Bytes of `queue` not yet written.
    queued: usize,
    max_frame: usize,
    boundary: usize,
}

impl<W: AsyncWrite + Unpin> VectoredWriter<W> {
    pub(crate) fn new(io: W, max_frame: usize, boundary: usize) -> Self {
        let max_frame = max_frame.min(u32::MAX as usize);
        Self { io, queue: VecDeque::new(), written: 0, queued: 0, max_frame, boundary }
    }

    /// Writes queued frames until none is left or `limit` bytes or fewer wait.
    fn poll_write_until(
        &mut self,
        cx: &mut Context<'_>,
        limit: usize,
    ) -> Poll<Result<(), TransportError>> {
        while self.queued > limit {
            let mut slices = [IoSlice::new(&[]); 2 * MAX_FRAMES_PER_WRITE];
            let mut n = 0;
            let mut skip = self.written;
            for (head, body) in self.queue.iter().take(MAX_FRAMES_PER_WRITE) {
                for part in [&head[..], &body[..]] {
                    if skip >= part.len() {
                        skip -= part.len();
                        continue;
                    }
                    slices[n] = IoSlice::new(&part[skip..]);
                    skip = 0;
                    n += 1;
                }
            }
            let done =
                futures::ready!(Pin::new(&mut self.io).poll_write_vectored(cx, &slices[..n]))?;
            if done == 0 {
                return Poll::Ready(Err(TransportError::Io(std::io::ErrorKind::WriteZero.into())));
            }
            self.advance(done);
        }
        Poll::Ready(Ok(()))
    }

    /// Drops the `n` bytes just written from the front of the queue.
    fn advance(&mut self, mut n: usize) {
        self.queued -= n;
        while let Some((_, body)) = self.queue.front() {
            let left = 4 + body.len() - self.written;
            if n < left {
                self.written += n;
                return;
            }
            n -= left;
            self.written = 0;
            self.queue.pop_front();
        }
    }
}

impl<W: AsyncWrite + Unpin> Sink<Bytes> for VectoredWriter<W> {
    type Error = TransportError;

    fn poll_ready(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        let this = self.get_mut();
        let boundary = this.boundary;
        this.poll_write_until(cx, boundary.saturating_sub(1))
    }

    fn start_send(self: Pin<&mut Self>, frame: Bytes) -> Result<(), Self::Error> {
        let this = self.get_mut();
        let len = match u32::try_from(frame.len()) {
            Ok(len) if frame.len() <= this.max_frame => len,
            _ => {
                let size = frame.len() as u64;
                return Err(TransportError::FrameTooLarge { size, limit: this.max_frame });
            }
        };
        this.queued += 4 + frame.len();
        this.queue.push_back((len.to_le_bytes(), frame));
        Ok(())
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        let this = self.get_mut();
        futures::ready!(this.poll_write_until(cx, 0))?;
        Poll::Ready(Ok(futures::ready!(Pin::new(&mut this.io).poll_flush(cx))?))
    }

    fn poll_close(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        let this = self.get_mut();
        futures::ready!(this.poll_write_until(cx, 0))?;
        Poll::Ready(Ok(futures::ready!(Pin::new(&mut this.io).poll_shutdown(cx))?))
    }
}

#[cfg(test)]
mod tests {
    use std::io;

    use futures::SinkExt;

    use super::*;

    /// A vectored writer that takes at most `step` bytes per call, so frames are cut at every
    /// boundary in turn.
    struct Trickle {
        out: Vec<u8>,
        step: usize,
        calls: usize,
    }

    impl AsyncWrite for Trickle {
        fn poll_write(
            self: Pin<&mut Self>,
            cx: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            self.poll_write_vectored(cx, &[IoSlice::new(buf)])
        }

        fn poll_write_vectored(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            bufs: &[IoSlice<'_>],
        ) -> Poll<io::Result<usize>> {
            self.calls += 1;
            let mut room = self.step;
            let mut n = 0;
            for b in bufs {
                let take = b.len().min(room);
                self.out.extend_from_slice(&b[..take]);
                room -= take;
                n += take;
            }
            Poll::Ready(Ok(n))
        }

        fn is_write_vectored(&self) -> bool {
            true
        }

        fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }

        fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }
    }

    fn wire(frames: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        for f in frames {
            out.extend_from_slice(&u32::try_from(f.len()).unwrap().to_le_bytes());
            out.extend_from_slice(f);
        }
        out
    }

    #[tokio::test]
    async fn frames_reach_the_stream_prefixed_whatever_each_write_takes() {
        let frames: [&[u8]; 4] = [b"abc", b"", &[7; 70], b"z"];
        for step in 1..=80 {
            let io = Trickle { out: Vec::new(), step, calls: 0 };
            let mut w = VectoredWriter::new(io, 1024, 1 << 20);
            for f in frames {
                w.feed(Bytes::from_static(f)).await.unwrap();
            }
            assert_eq!(w.io.calls, 0, "feed below the boundary writes nothing");
            w.flush().await.unwrap();
            assert_eq!(w.io.out, wire(&frames), "step {step}");
            assert_eq!((w.queued, w.written, w.queue.len()), (0, 0, 0));
        }
    }

    #[tokio::test]
    async fn many_frames_are_written_in_few_calls() {
        let io = Trickle { out: Vec::new(), step: usize::MAX, calls: 0 };
        let mut w = VectoredWriter::new(io, 1024, 1 << 20);
        for _ in 0..100 {
            w.feed(Bytes::from_static(b"abcd")).await.unwrap();
        }
        w.flush().await.unwrap();
        assert_eq!(w.io.out.len(), 800);
        assert_eq!(w.io.calls, 100usize.div_ceil(MAX_FRAMES_PER_WRITE));
    }

    #[tokio::test]
    async fn a_frame_over_the_limit_is_refused_and_nothing_is_queued() {
        let io = Trickle { out: Vec::new(), step: usize::MAX, calls: 0 };
        let mut w = VectoredWriter::new(io, 3, 1 << 20);
        let err = w.feed(Bytes::from_static(b"abcd")).await.unwrap_err();
        assert!(matches!(err, TransportError::FrameTooLarge { size: 4, limit: 3 }), "{err:?}");
        assert_eq!(w.queued, 0);
    }

    #[tokio::test]
    async fn past_the_boundary_feeding_writes() {
        let io = Trickle { out: Vec::new(), step: usize::MAX, calls: 0 };
        let mut w = VectoredWriter::new(io, 1024, 16);
        for _ in 0..4 {
            w.feed(Bytes::from_static(b"abcdefgh")).await.unwrap();
        }
        // The third feed found 24 bytes waiting, over the boundary: it wrote them first.
        assert_eq!((w.io.calls, w.io.out.len(), w.queued), (1, 24, 24));
    }
}
