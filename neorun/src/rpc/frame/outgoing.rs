//! `call` frames built where their bytes are written: the header is reserved first, the
//! arguments are encoded straight after it, and the fields only the session knows (call id,
//! server indexes, deadline) are patched in place when the frame is sent. The bytes are never
//! copied or walked again on their way to the transport.

use bytes::{Bytes, BytesMut};
use neopack::{Encoder, tag};

use super::{FrameError, kind};
use crate::transport::copy_stats;

/// Bytes of a `call` frame before its arguments: the frame RECORD's header (tag, body length,
/// field count) and the fixed-width fields `kind: u8`, `id: u64`, `iface: u32`, `func: u32`,
/// `deadline_ms: u32`, each a tag and its little-endian body.
pub const CALL_HEADER: usize = 9 + 2 + 9 + 5 + 5 + 5;

/// Offsets of the bodies of the patched fields.
const ID_AT: usize = 12;
const IFACE_AT: usize = 21;
const FUNC_AT: usize = 26;
const DEADLINE_AT: usize = 31;

/// The header [`open`] writes, for a frame whose RECORD body is `body` bytes long.
fn header(body: u32) -> [u8; CALL_HEADER] {
    let mut h = [0; CALL_HEADER];
    h[0] = tag::RECORD;
    h[1..5].copy_from_slice(&body.to_le_bytes());
    h[5] = 6;
    h[9] = tag::U8;
    h[10] = kind::CALL;
    h[ID_AT - 1] = tag::U64;
    h[IFACE_AT - 1] = tag::U32;
    h[FUNC_AT - 1] = tag::U32;
    h[DEADLINE_AT - 1] = tag::U32;
    h
}

/// Opens a `call` frame in `enc` (cleared first) with zero id, indexes and deadline; exactly
/// one value, the arguments RECORD, must follow, then [`close`].
fn open(enc: &mut Encoder) -> Result<(), FrameError> {
    enc.clear();
    enc.begin_record(6)?;
    enc.u8(kind::CALL)?;
    enc.u64(0)?;
    enc.u32(0)?;
    enc.u32(0)?;
    enc.u32(0)?;
    Ok(())
}

/// Closes the frame opened by [`open`]: the encoder checks that exactly one value followed the
/// header. That it is the function's parameters RECORD is for the server to check, as for
/// every frame a peer sends.
fn close(enc: &mut Encoder) -> Result<(), FrameError> {
    enc.end_record()?;
    enc.finish()?;
    Ok(())
}

/// A `call` frame being built: the header is in place, the caller encodes the arguments
/// RECORD with [`CallFrame::args`], then [`CallFrame::finish`] seals it.
///
/// ```
/// use neorun::rpc::frame::{Call, CallFrame, Frame};
///
/// let mut frame = CallFrame::with_capacity(64);
/// let enc = frame.args();
/// enc.begin_record(1).unwrap();
/// enc.u32(7).unwrap();
/// enc.end_record().unwrap();
/// let mut call = frame.finish().unwrap();
/// call.address(9, 0, 2, 500);
/// let bytes = call.into_bytes();
/// let Frame::Call(Call { id, func, deadline_ms, .. }) = Frame::decode(&bytes, Default::default()).unwrap() else {
///     panic!("not a call")
/// };
/// assert_eq!((id, func, deadline_ms), (9, 2, 500));
/// ```
#[derive(Debug)]
pub struct CallFrame {
    enc: Encoder,
}

impl CallFrame {
    /// A frame whose buffer starts with room for `capacity` bytes (header included).
    pub fn with_capacity(capacity: usize) -> Self {
        let mut enc = Encoder::with_buffer(Vec::with_capacity(capacity.max(CALL_HEADER + 9)));
        // A fresh encoder with room for the header cannot refuse it.
        let _ = open(&mut enc);
        Self { enc }
    }

    /// The encoder to write the arguments RECORD into, right after the header.
    pub fn args(&mut self) -> &mut Encoder {
        &mut self.enc
    }

    /// Seals the frame.
    ///
    /// # Errors
    /// [`FrameError::Encode`] when not exactly one complete value followed the header.
    pub fn finish(mut self) -> Result<EncodedCall, FrameError> {
        close(&mut self.enc)?;
        Ok(EncodedCall { buf: BytesMut::from(Bytes::from(self.enc.into_bytes())) })
    }
}

/// A sealed `call` frame: one valid frame whose id, server indexes and deadline are set with
/// [`EncodedCall::address`] just before it is sent.
#[derive(Debug)]
pub struct EncodedCall {
    buf: BytesMut,
}

impl EncodedCall {
    /// A frame around `args`, bytes that should be one neopack RECORD: a schema-less walk of
    /// `args` (the frame must never hold corrupt bytes), then one copy into a buffer of the
    /// frame's exact size.
    ///
    /// # Errors
    /// [`FrameError::Encode`] when `args` is not exactly one valid value.
    pub fn from_args(args: &[u8]) -> Result<Self, FrameError> {
        Self::from_args_in(&mut BytesMut::new(), args)
    }

    /// [`EncodedCall::from_args`], the frame split off `buf`: a buffer kept across calls is
    /// reused once the transport has dropped the frames split off it before.
    ///
    /// # Errors
    /// As [`EncodedCall::from_args`].
    pub fn from_args_in(buf: &mut BytesMut, args: &[u8]) -> Result<Self, FrameError> {
        let walked = neopack::Decoder::new(args, neopack::Limits::unlimited())
            .and_then(|mut dec| dec.skip().and_then(|()| dec.finish()));
        walked.map_err(|e| FrameError::Encode(neopack::EncodeError::InvalidRaw(e)))?;
        Ok(Self::from_valid_args_in(buf, args))
    }

    #[cfg(test)]
    fn from_valid_args(args: &[u8]) -> Self {
        Self::from_valid_args_in(&mut BytesMut::new(), args)
    }

    /// [`EncodedCall::from_args_in`] without the walk, for `args` already known to be one
    /// valid value (checked against the function's schema, or written by an encoder).
    pub(crate) fn from_valid_args_in(buf: &mut BytesMut, args: &[u8]) -> Self {
        buf.clear();
        buf.reserve(CALL_HEADER + args.len());
        // The frame's body: the field count, the five fixed fields and the arguments.
        let body = u32::try_from(CALL_HEADER - 5 + args.len()).unwrap_or(u32::MAX);
        buf.extend_from_slice(&header(body));
        buf.extend_from_slice(args);
        copy_stats::note(args.len());
        Self { buf: buf.split() }
    }

    /// Sets the call id, the server's interface and function indexes, and the deadline.
    pub fn address(&mut self, id: u64, iface: u32, func: u32, deadline_ms: u32) {
        self.buf[ID_AT..ID_AT + 8].copy_from_slice(&id.to_le_bytes());
        self.buf[IFACE_AT..IFACE_AT + 4].copy_from_slice(&iface.to_le_bytes());
        self.buf[FUNC_AT..FUNC_AT + 4].copy_from_slice(&func.to_le_bytes());
        self.buf[DEADLINE_AT..DEADLINE_AT + 4].copy_from_slice(&deadline_ms.to_le_bytes());
    }

    /// The arguments RECORD.
    pub fn args(&self) -> &[u8] {
        &self.buf[CALL_HEADER..]
    }

    /// The frame's length in bytes.
    pub fn len(&self) -> usize {
        self.buf.len()
    }

    /// Always false: a frame has a header.
    pub fn is_empty(&self) -> bool {
        self.buf.is_empty()
    }

    /// The frame's bytes, without a copy.
    pub fn into_bytes(self) -> Bytes {
        self.buf.freeze()
    }

    /// The frame of a call that was handed to a session and not sent (copied back).
    pub(crate) fn from_frame(frame: &[u8]) -> Self {
        copy_stats::note(frame.len());
        Self { buf: BytesMut::from(frame) }
    }
}

#[cfg(test)]
mod tests {
    use neopack::Limits;

    use super::*;
    use crate::rpc::frame::{Call, Frame};

    /// The arguments of `put(entry)`-like calls: nested records, a packed list, strings.
    fn args() -> Vec<u8> {
        let mut enc = Encoder::new();
        enc.begin_record(2).unwrap();
        enc.str("key-0123456789ab").unwrap();
        enc.begin_record(2).unwrap();
        enc.bytes(&[7; 40]).unwrap();
        enc.begin_list(2).unwrap();
        enc.str("a").unwrap();
        enc.str("bc").unwrap();
        enc.end_list().unwrap();
        enc.end_record().unwrap();
        enc.end_record().unwrap();
        enc.finish().unwrap().to_vec()
    }

    fn reference(id: u64, iface: u32, func: u32, deadline_ms: u32, args: &[u8]) -> Vec<u8> {
        Frame::Call(Call { id, iface, func, deadline_ms, args }).to_vec().unwrap()
    }

    #[test]
    fn header_written_by_hand_is_the_encoders() {
        let mut enc = Encoder::new();
        open(&mut enc).unwrap();
        assert_eq!(enc.len(), CALL_HEADER);
        let mut want = enc.into_bytes();
        want[1..5].fill(0);
        assert_eq!(header(0).to_vec(), want);
    }

    #[test]
    fn every_way_of_building_a_call_frame_gives_the_bytes_of_frame_encode() {
        let args = args();
        let cases = [(1, 0, 0, 0), (u64::MAX, u32::MAX, 3, 1500), (0x0102_0304_0506_0708, 9, 1, 7)];
        for (id, iface, func, deadline) in cases {
            let want = reference(id, iface, func, deadline, &args);

            let mut built = CallFrame::with_capacity(8);
            built.args().raw_value(&args).unwrap();
            let mut built = built.finish().unwrap();
            let mut copied = EncodedCall::from_args(&args).unwrap();
            let mut trusted = EncodedCall::from_valid_args(&args);
            for frame in [&mut built, &mut copied, &mut trusted] {
                frame.address(id, iface, func, deadline);
                assert_eq!(frame.args(), &args[..]);
                assert_eq!(frame.len(), want.len());
            }
            assert_eq!(built.into_bytes(), want);
            assert_eq!(copied.into_bytes(), want);
            assert_eq!(trusted.into_bytes(), want);
        }
    }

    #[test]
    fn a_frame_addressed_twice_keeps_only_the_last_address() {
        let mut frame = EncodedCall::from_valid_args(&args());
        frame.address(5, 5, 5, 5);
        frame.address(6, 1, 2, 0);
        assert_eq!(frame.into_bytes(), reference(6, 1, 2, 0, &args()));
    }

    #[test]
    fn the_header_offsets_hold_the_fields_a_decoder_reads() {
        let mut frame = EncodedCall::from_valid_args(&args());
        frame.address(11, 22, 33, 44);
        let bytes = frame.into_bytes();
        match Frame::decode(&bytes, Limits::default()).unwrap() {
            Frame::Call(c) => {
                assert_eq!((c.id, c.iface, c.func, c.deadline_ms), (11, 22, 33, 44));
                assert_eq!(c.args, &args()[..]);
            }
            other => panic!("decoded {other:?}"),
        }
    }

    #[test]
    fn a_frame_refuses_arguments_that_are_not_exactly_one_value() {
        let mut two = CallFrame::with_capacity(0);
        two.args().begin_record(0).unwrap();
        two.args().end_record().unwrap();
        assert!(two.args().u8(1).is_err(), "a second value does not fit the frame");

        let none = CallFrame::with_capacity(0);
        assert!(matches!(none.finish(), Err(FrameError::Encode(_))));

        assert!(matches!(EncodedCall::from_args(&[tag::RECORD, 1]), Err(FrameError::Encode(_))));
        let unit_twice = [tag::UNIT, tag::UNIT];
        assert!(matches!(EncodedCall::from_args(&unit_twice), Err(FrameError::Encode(_))));
        assert!(EncodedCall::from_args(&[tag::UNIT]).is_ok(), "the server judges the shape");
    }
}
