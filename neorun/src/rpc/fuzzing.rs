//! Entry points for fuzz targets and corpus replay.

use neopack::Limits;

use super::frame::Frame;

/// Decodes `bytes` as a frame; an accepted frame must re-encode to exactly `bytes`.
///
/// Returns whether the frame was accepted.
///
/// # Panics
/// When an accepted frame does not re-encode to its input: that is the bug a fuzzer looks for.
pub fn check_frame(bytes: &[u8]) -> bool {
    let limits = Limits { max_size: 1 << 20, ..Limits::default() };
    let Ok(frame) = Frame::decode(bytes, limits) else { return false };
    let again = frame.to_vec().expect("an accepted frame re-encodes");
    assert_eq!(again, bytes, "frame {frame:?} re-encodes differently");
    true
}

/// Reads `data` as what a stream transport receives — length-prefixed frames of at most
/// 64 KiB, delivered in reads of 1 to 256 bytes whose sizes the first byte seeds — and checks
/// the reader against a plain reference parser: the same frames in the same order, then the
/// same ending (a clean end, a truncated frame, or a length over the limit), never a panic
/// and never more than the announced bytes buffered for one frame.
///
/// Returns the number of frames read.
///
/// # Panics
/// When the reader and the reference disagree: that is the bug a fuzzer looks for.
pub fn check_stream(data: &[u8]) -> usize {
    use std::pin::Pin;
    use std::task::{Context, Poll, Waker};

    use futures::Stream;

    use crate::transport::framing::FrameReader;
    use crate::transport::{Intake, TransportError};

    const MAX_FRAME: usize = 64 << 10;
    let Some((&seed, data)) = data.split_first() else { return 0 };

    // The reference: frames, then how the stream ends.
    let mut expected = Vec::new();
    let mut rest = data;
    let want_end = loop {
        if rest.is_empty() {
            break "end";
        }
        if rest.len() < 4 {
            break "closed";
        }
        let len = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]) as usize;
        if len > MAX_FRAME {
            break "too large";
        }
        if rest.len() < 4 + len {
            break "closed";
        }
        expected.push(&rest[4..4 + len]);
        rest = &rest[4 + len..];
    };

    /// Hands out `data` in reads of varying size.
    struct Chunks<'a> {
        data: &'a [u8],
        state: u32,
    }
    impl tokio::io::AsyncRead for Chunks<'_> {
        fn poll_read(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &mut tokio::io::ReadBuf<'_>,
        ) -> Poll<std::io::Result<()>> {
            self.state = self.state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let n =
                (1 + (self.state >> 16) as usize % 256).min(self.data.len()).min(buf.remaining());
            let (head, tail) = self.data.split_at(n);
            buf.put_slice(head);
            self.data = tail;
            Poll::Ready(Ok(()))
        }
    }

    let io = Chunks { data, state: u32::from(seed) };
    let mut reader = FrameReader::new(io, MAX_FRAME, Intake::default());
    let mut cx = Context::from_waker(Waker::noop());
    let mut got = 0;
    let ending = loop {
        match Pin::new(&mut reader).poll_next(&mut cx) {
            Poll::Ready(Some(Ok(frame))) => {
                assert_eq!(&frame[..], expected[got], "frame {got} differs");
                got += 1;
            }
            Poll::Ready(Some(Err(TransportError::FrameTooLarge { .. }))) => break "too large",
            Poll::Ready(Some(Err(TransportError::Closed))) => break "closed",
            Poll::Ready(Some(Err(e))) => panic!("unexpected error {e}"),
            Poll::Ready(None) => break "end",
            Poll::Pending => panic!("an in-memory stream is never pending"),
        }
    };
    assert_eq!(got, expected.len(), "frames missed");
    assert_eq!(ending, want_end, "the stream ended differently");
    assert!(matches!(Pin::new(&mut reader).poll_next(&mut cx), Poll::Ready(None)));
    got
}
