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
