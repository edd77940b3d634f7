// One mistake in this crate (no `repr` on an enum deriving `NoUninit` and
// `CheckedBitPattern`): its two errors, and none where the enum is used,
// here with a field of the fixture's `Header`.
use vouch_fixture::pod::Header;

#[derive(Clone, Copy, vouch::NoUninit, vouch::CheckedBitPattern)]
enum Mode {
    Read,
    Write,
}

#[derive(Clone, Copy, vouch::CheckedBitPattern)]
#[repr(C)]
struct Request {
    header: Header,
    mode: Mode,
}

fn main() {
    let mode = Mode::Read;
    let bytes = vouch::bytes_of(&mode);
    let _mode: &Mode = vouch::checked::from_bytes(bytes);
    let _request: Request = vouch::checked::pod_read_unaligned(&[0u8; 8]);
}
