//! Length-prefixed framing shared by every byte-stream transport (TCP, Unix, TLS, QUIC).
//!
//! A frame on the wire is `len:u32 LE` followed by `len` bytes (`PROTOCOL.md`). Decoding is
//! `tokio_util`'s `LengthDelimitedCodec`, which compares the announced length with the limit
//! before it reserves any memory; [`FrameCodec`] only turns its errors into
//! [`TransportError`]s that carry the announced size.

use bytes::{Bytes, BytesMut};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_util::codec::{Decoder, Encoder, FramedRead, FramedWrite, LengthDelimitedCodec};

use futures::{SinkExt, StreamExt};

use super::{Conn, TransportError};

/// Bytes of the length prefix.
const HEAD_LEN: usize = 4;

/// Queued bytes past which `feed` starts writing to the socket; below it, only `flush` writes.
pub(crate) const WRITE_BUFFER: usize = 256 << 10;

/// Encodes and decodes `len:u32 LE` + body frames of at most `max_frame` bytes.
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

    fn too_large(&self, size: u64) -> TransportError {
        TransportError::FrameTooLarge { size, limit: self.max_frame }
    }
}

impl Decoder for FrameCodec {
    type Item = Bytes;
    type Error = TransportError;

    fn decode(&mut self, src: &mut BytesMut) -> Result<Option<Bytes>, TransportError> {
        match self.inner.decode(src) {
            Ok(frame) => Ok(frame.map(BytesMut::freeze)),
            // The codec refuses an over-long head before consuming it, so the announced
            // length is still the first four bytes of `src`.
            Err(e) if e.kind() == std::io::ErrorKind::InvalidData && src.len() >= HEAD_LEN => {
                let mut head = [0; HEAD_LEN];
                head.copy_from_slice(&src[..HEAD_LEN]);
                Err(self.too_large(u32::from_le_bytes(head).into()))
            }
            Err(e) => Err(e.into()),
        }
    }

    fn decode_eof(&mut self, src: &mut BytesMut) -> Result<Option<Bytes>, TransportError> {
        match self.decode(src)? {
            Some(frame) => Ok(Some(frame)),
            None if src.is_empty() => Ok(None),
            // The peer went away in the middle of a frame.
            None => Err(TransportError::Closed),
        }
    }
}

impl Encoder<Bytes> for FrameCodec {
    type Error = TransportError;

    fn encode(&mut self, frame: Bytes, dst: &mut BytesMut) -> Result<(), TransportError> {
        if frame.len() > self.max_frame {
            return Err(self.too_large(frame.len() as u64));
        }
        Ok(self.inner.encode(frame, dst)?)
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

/// Builds a [`Conn`] from the two halves of a byte stream.
pub(crate) fn framed_conn<R, W>(read: R, write: W, max_frame: usize, peer: String) -> Conn
where
    R: AsyncRead + Send + 'static,
    W: AsyncWrite + Send + 'static,
{
    let mut sink = FramedWrite::new(write, FrameCodec::new(max_frame));
    sink.set_backpressure_boundary(WRITE_BUFFER);
    let sink = sink.sink_map_err(peer_gone);
    let stream = FramedRead::new(read, FrameCodec::new(max_frame)).map(|r| r.map_err(peer_gone));
    // A broken stream is over: after the first error, the stream ends.
    let stream = stream.scan(false, |failed, item| {
        let next = if *failed { None } else { Some(item) };
        *failed = matches!(next, Some(Err(_)));
        futures::future::ready(next)
    });
    Conn { sink: Box::pin(sink), stream: Box::pin(stream), peer, peer_identity: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire(frames: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        for f in frames {
            out.extend_from_slice(&u32::try_from(f.len()).unwrap().to_le_bytes());
            out.extend_from_slice(f);
        }
        out
    }

    #[test]
    fn encoder_writes_u32_le_length_then_body() {
        let mut codec = FrameCodec::new(16);
        let mut dst = BytesMut::new();
        codec.encode(Bytes::from_static(b"abc"), &mut dst).unwrap();
        codec.encode(Bytes::new(), &mut dst).unwrap();
        assert_eq!(&dst[..], &[3, 0, 0, 0, b'a', b'b', b'c', 0, 0, 0, 0]);
    }

    #[test]
    fn decoder_splits_frames_at_every_byte_boundary() {
        let bytes = wire(&[b"one", b"", b"three", &[7; 16]]);
        for cut in 0..=bytes.len() {
            let mut codec = FrameCodec::new(16);
            let mut src = BytesMut::from(&bytes[..cut]);
            let mut got = Vec::new();
            while let Some(f) = codec.decode(&mut src).unwrap() {
                got.push(f);
            }
            src.extend_from_slice(&bytes[cut..]);
            while let Some(f) = codec.decode_eof(&mut src).unwrap() {
                got.push(f);
            }
            let expected: Vec<&[u8]> = vec![b"one", b"", b"three", &[7; 16]];
            assert_eq!(got, expected, "cut at {cut}");
        }
    }

    #[test]
    fn announced_length_over_limit_fails_before_allocating() {
        let mut codec = FrameCodec::new(1 << 20);
        let mut src = BytesMut::with_capacity(8);
        src.extend_from_slice(&u32::MAX.to_le_bytes());
        let err = codec.decode(&mut src).unwrap_err();
        assert!(
            matches!(err, TransportError::FrameTooLarge { size, limit } if size == u64::from(u32::MAX) && limit == 1 << 20),
            "{err}"
        );
        assert!(src.capacity() < 1 << 10, "reserved {} bytes", src.capacity());
    }

    #[test]
    fn announced_length_at_limit_is_accepted() {
        let mut codec = FrameCodec::new(5);
        let mut src = BytesMut::from(&wire(&[b"12345"])[..]);
        assert_eq!(codec.decode(&mut src).unwrap().unwrap(), "12345");
    }

    #[test]
    fn encoder_refuses_frame_over_limit() {
        let mut codec = FrameCodec::new(2);
        let err = codec.encode(Bytes::from_static(b"abc"), &mut BytesMut::new()).unwrap_err();
        assert!(matches!(err, TransportError::FrameTooLarge { size: 3, limit: 2 }), "{err}");
    }

    #[test]
    fn truncated_frame_at_eof_is_closed() {
        let mut codec = FrameCodec::new(16);
        let mut src = BytesMut::from(&wire(&[b"abc"])[..5]);
        assert!(matches!(codec.decode_eof(&mut src), Err(TransportError::Closed)));
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
