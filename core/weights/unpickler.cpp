#include "weights/unpickler.h"

#include <torch/torch.h>

#include <cstring>
#include <map>
#include <set>
#include <unordered_map>
#include <algorithm>

#include "common/error.h"

namespace inception::weights {

namespace {

using Type = PyValue::Type;

// A name read from a file, fit for a message: bytes outside printable ASCII become '?', and it
// is cut at 120 characters.
std::string printable(const std::string& s)
{
    std::string out;
    for (char c : s.substr(0, 120))
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return s.size() > 120 ? out + "..." : out;
}

class Unpickler {
public:
    Unpickler(const uint8_t* data, size_t size, const PersistentLoader& loader, const std::string& what)
        : p_(data), size_(size), loader_(loader), what_(what)
    {
    }

    PyRef run()
    {
        while (true) {
            const uint8_t op = u8();
            switch (op) {
            case 0x80: u8(); break;                                   // PROTO
            case 0x95: bytes(8); break;                               // FRAME
            case '}': push(container(Type::Dict)); break;             // EMPTY_DICT
            case ']': push(container(Type::List)); break;             // EMPTY_LIST
            case ')': push(container(Type::Tuple)); break;            // EMPTY_TUPLE
            case '(': marks_.push_back(stack_.size()); break;         // MARK
            case 'q': remember(u8()); break;                          // BINPUT
            case 'r': remember(u32()); break;                         // LONG_BINPUT
            case 0x94: remember(memo_.size()); break;                 // MEMOIZE
            case 'h': push(memo(u8())); break;                        // BINGET
            case 'j': push(memo(u32())); break;                       // LONG_BINGET
            case 'X': push(string(Type::String, u32())); break;       // BINUNICODE
            case 0x8c: push(string(Type::String, u8())); break;       // SHORT_BINUNICODE
            case 0x8d: push(string(Type::String, u64())); break;      // BINUNICODE8
            case 'T': push(string(Type::String, u32())); break;       // BINSTRING
            case 'U': push(string(Type::String, u8())); break;        // SHORT_BINSTRING
            case 'B': push(string(Type::Bytes, u32())); break;        // BINBYTES
            case 'C': push(string(Type::Bytes, u8())); break;         // SHORT_BINBYTES
            case 'N': push(PyValue::make(Type::None)); break;         // NONE
            case 0x88: push(boolean(true)); break;                    // NEWTRUE
            case 0x89: push(boolean(false)); break;                   // NEWFALSE
            case 'J': push(integer(int32_t(u32()))); break;           // BININT
            case 'K': push(integer(u8())); break;                     // BININT1
            case 'M': push(integer(u16())); break;                    // BININT2
            case 0x8a: push(longInt(u8())); break;                    // LONG1
            case 0x8b: push(longInt(u32())); break;                   // LONG4
            case 'G': push(binFloat()); break;                        // BINFLOAT
            case 't': push(tuple(popMark())); break;                  // TUPLE
            case 0x85: push(tuple(popN(1))); break;                   // TUPLE1
            case 0x86: push(tuple(popN(2))); break;                   // TUPLE2
            case 0x87: push(tuple(popN(3))); break;                   // TUPLE3
            case 'c': {                                               // GLOBAL
                const std::string module = line();
                global(module, line());
                break;
            }
            case 0x93: stackGlobal(); break;                          // STACK_GLOBAL
            case 'Q': persistentLoad(); break;                        // BINPERSID
            case 'R': reduce(); break;                                // REDUCE
            case 0x81: reduce(); break;                               // NEWOBJ (cls, args)
            case 's': setItems(popN(2)); break;                       // SETITEM
            case 'u': setItems(popMark()); break;                     // SETITEMS
            case 'a': appendItems(popN(1)); break;                    // APPEND
            case 'e': appendItems(popMark()); break;                  // APPENDS
            case 0x90: appendItems(popMark()); break;                 // ADDITEMS (set)
            case 0x8f: push(container(Type::List)); break;            // EMPTY_SET
            case 'b': build(); break;                                 // BUILD
            case '0': pop(); break;                                   // POP
            case '.': {                                               // STOP
                if (stack_.size() != 1)
                    corrupt("the pickle ended with " + std::to_string(stack_.size()) + " values on its stack");
                checkShape();
                consumed_ = pos_;
                accepted_ = true;
                return stack_.back();
            }
            default: {
                char hex[8];
                std::snprintf(hex, sizeof hex, "0x%02x", op);
                corrupt(std::string("unsupported pickle opcode ") + hex);
            }
            }
        }
    }

private:
    [[noreturn]] void corrupt(const std::string& why) const
    {
        throw Error(ErrorCode::CorruptFile, what_ + ": " + why + " (at pickle offset " + std::to_string(pos_) +
                                                "); the file is damaged or not a PyTorch checkpoint");
    }

    const uint8_t* bytes(size_t n)
    {
        if (n > size_ - pos_)
            corrupt("the pickle is truncated");
        const uint8_t* out = p_ + pos_;
        pos_ += n;
        return out;
    }
    uint8_t u8() { return *bytes(1); }
    uint16_t u16() { const uint8_t* b = bytes(2); return uint16_t(b[0] | (b[1] << 8)); }
    uint32_t u32()
    {
        const uint8_t* b = bytes(4);
        return uint32_t(b[0]) | (uint32_t(b[1]) << 8) | (uint32_t(b[2]) << 16) | (uint32_t(b[3]) << 24);
    }
    uint64_t u64() { uint64_t lo = u32(); uint64_t hi = u32(); return lo | (hi << 32); }
    std::string line()
    {
        std::string s;
        for (char c = char(u8()); c != '\n'; c = char(u8()))
            s += c;
        return s;
    }

    void push(PyRef v)
    {
        countOperation();
        stack_.push_back(std::move(v));
    }
    void remember(size_t key)
    {
        countOperation();
        memo_[key] = top();
    }
    // Every value and memo entry costs memory; a state_dict's pickle needs a few thousand
    // operations per hundred tensors. Far more is no weight file, and would exhaust memory.
    void countOperation()
    {
        if (++operations_ > kMaxOperations)
            corrupt("more than " + std::to_string(kMaxOperations) + " values; this is no state_dict");
    }
    // Containers are kept here until the pickle is accepted: a rejected one is taken apart without
    // recursion, even if it referred to itself.
    PyRef container(Type t)
    {
        auto v = PyValue::make(t);
        containers_.push_back(v);
        return v;
    }
    static const PyValue* child(const PyValue* v, size_t k)
    {
        if (k < v->items.size())
            return v->items[k].get();
        k -= v->items.size();
        return k % 2 ? v->dict[k / 2].second.get() : v->dict[k / 2].first.get();
    }
    // At STOP: the values form no cycle (a list holding itself, through the memo) and nest at most
    // kMaxDepth deep (a state_dict nests about four), so they can be walked and destroyed safely.
    void checkShape() const
    {
        std::unordered_map<const PyValue*, int> depth;  // -1 while on the current path
        struct Frame {
            const PyValue* v;
            size_t next;
            int deepest;
        };
        for (const PyRef& root : containers_) {
            if (depth.count(root.get()))
                continue;
            std::vector<Frame> path{{root.get(), 0, 0}};
            depth[root.get()] = -1;
            while (!path.empty()) {
                const PyValue* v = path.back().v;
                if (path.back().next < v->items.size() + 2 * v->dict.size()) {
                    const PyValue* c = child(v, path.back().next++);
                    auto it = depth.find(c);
                    if (it == depth.end()) {
                        depth[c] = -1;
                        path.push_back({c, 0, 0});
                    } else if (it->second < 0) {
                        corrupt("a value contains itself");
                    } else {
                        path.back().deepest = std::max(path.back().deepest, it->second);
                    }
                    continue;
                }
                const int d = path.back().deepest + 1;
                if (d > kMaxDepth)
                    corrupt("values nest more than " + std::to_string(kMaxDepth) + " deep");
                depth[v] = d;
                path.pop_back();
                if (!path.empty())
                    path.back().deepest = std::max(path.back().deepest, d);
            }
        }
    }
    PyRef top() const
    {
        if (stack_.empty())
            corrupt("memo of an empty stack");
        return stack_.back();
    }
    PyRef pop()
    {
        if (stack_.empty() || (!marks_.empty() && stack_.size() <= marks_.back()))
            corrupt("stack underflow");
        PyRef v = stack_.back();
        stack_.pop_back();
        return v;
    }
    std::vector<PyRef> popN(size_t n)
    {
        std::vector<PyRef> out(n);
        for (size_t k = n; k-- > 0;)
            out[k] = pop();
        return out;
    }
    std::vector<PyRef> popMark()
    {
        if (marks_.empty())
            corrupt("no mark on the stack");
        const size_t m = marks_.back();
        marks_.pop_back();
        if (m > stack_.size())
            corrupt("mark beyond the stack");
        std::vector<PyRef> out(stack_.begin() + std::ptrdiff_t(m), stack_.end());
        stack_.resize(m);
        return out;
    }
    PyRef memo(size_t k) const
    {
        auto it = memo_.find(k);
        if (it == memo_.end())
            corrupt("memo key " + std::to_string(k) + " was never stored");
        return it->second;
    }

    PyRef string(Type t, uint64_t n)
    {
        auto v = PyValue::make(t);
        const uint8_t* b = bytes(size_t(n));
        v->str.assign(reinterpret_cast<const char*>(b), size_t(n));
        return v;
    }
    static PyRef boolean(bool b)
    {
        auto v = PyValue::make(Type::Bool);
        v->b = b;
        return v;
    }
    static PyRef integer(int64_t i)
    {
        auto v = PyValue::make(Type::Int);
        v->i = i;
        return v;
    }
    PyRef longInt(uint64_t n)
    {
        if (n > 64)
            corrupt("integer of " + std::to_string(n) + " bytes is too large");
        const uint8_t* b = bytes(size_t(n));
        if (n > 8) {
            PyRef big = integer(0);
            big->str.assign(reinterpret_cast<const char*>(b), size_t(n));
            return big;
        }
        uint64_t u = 0;
        for (size_t k = 0; k < n; ++k)
            u |= uint64_t(b[k]) << (8 * k);
        if (n > 0 && n < 8 && (b[n - 1] & 0x80))
            u |= ~uint64_t(0) << (8 * n);  // sign-extend
        return integer(int64_t(u));
    }
    PyRef binFloat()
    {
        const uint8_t* b = bytes(8);
        uint64_t u = 0;
        for (int k = 0; k < 8; ++k)
            u = (u << 8) | b[k];  // big-endian
        double d;
        std::memcpy(&d, &u, sizeof d);
        auto v = PyValue::make(Type::Float);
        v->f = d;
        return v;
    }
    PyRef tuple(std::vector<PyRef> items)
    {
        auto v = container(Type::Tuple);
        v->items = std::move(items);
        return v;
    }

    void global(const std::string& module, const std::string& name)
    {
        const std::string g = module + "." + name;
        if (!isAllowedGlobal(g))
            throw Error(ErrorCode::ForbiddenGlobal,
                        what_ + ": refuses the pickled global '" + printable(g) +
                            "': only tensors, dicts and plain values may appear in a weight file, "
                            "and nothing in it is ever executed");
        auto v = PyValue::make(Type::Global);
        v->str = g;
        push(v);
    }
    void stackGlobal()
    {
        PyRef name = pop();
        PyRef module = pop();
        if (name->type != Type::String || module->type != Type::String)
            corrupt("STACK_GLOBAL needs two strings");
        global(module->str, name->str);
    }

    void persistentLoad()
    {
        PyRef pid = pop();
        if (!loader_)
            corrupt("a persistent id appears but this format has no storages");
        push(loader_(pid));
    }

    int64_t asInt(const PyRef& v, const char* field) const
    {
        if (v->type == Type::Int)
            return v->i;
        if (v->type == Type::Bool)
            return v->b;
        corrupt(std::string("expected an integer for ") + field);
    }
    std::vector<int64_t> asInts(const PyRef& v, const char* field) const
    {
        if (v->type != Type::Tuple && v->type != Type::List)
            corrupt(std::string("expected a tuple for ") + field);
        std::vector<int64_t> out;
        for (const auto& x : v->items)
            out.push_back(asInt(x, field));
        return out;
    }

    PyRef rebuildTensor(const std::vector<PyRef>& args)
    {
        if (args.size() < 4 || args[0]->type != Type::Storage)
            corrupt("_rebuild_tensor_v2 needs (storage, offset, size, stride, ...)");
        const torch::Tensor& storage = args[0]->tensor;
        const int64_t offset = asInt(args[1], "storage offset");
        const auto sizes = asInts(args[2], "size");
        const auto strides = asInts(args[3], "stride");
        if (sizes.size() != strides.size())
            corrupt("size and stride differ in length");
        // The highest element the view touches must lie inside the storage.
        int64_t last = offset;
        bool empty = false;
        for (size_t k = 0; k < sizes.size(); ++k) {
            if (sizes[k] < 0 || strides[k] < 0)
                corrupt("negative size or stride");
            if (sizes[k] == 0)
                empty = true;
            else
                last += (sizes[k] - 1) * strides[k];
        }
        if (offset < 0 || (!empty && last >= storage.numel()))
            corrupt("a tensor reaches beyond its storage (" + std::to_string(storage.numel()) + " elements)");
        auto v = PyValue::make(Type::Tensor);
        v->tensor = empty ? torch::empty(sizes, storage.options())
                          : storage.as_strided(sizes, strides, offset);
        return v;
    }

    void reduce()
    {
        PyRef args = pop();
        PyRef fn = pop();
        if (fn->type != Type::Global)
            corrupt("REDUCE of something that is not a global");
        if (args->type != Type::Tuple)
            corrupt("REDUCE arguments are not a tuple");
        const std::string& g = fn->str;
        if (g == "collections.OrderedDict") {
            push(container(Type::Dict));
        } else if (g == "torch._utils._rebuild_tensor_v2" || g == "torch._utils._rebuild_tensor") {
            push(rebuildTensor(args->items));
        } else if (g == "torch._utils._rebuild_parameter") {
            if (args->items.empty() || args->items[0]->type != Type::Tensor)
                corrupt("_rebuild_parameter needs a tensor");
            push(args->items[0]);
        } else if (g == "builtins.set") {
            auto v = container(Type::List);
            if (!args->items.empty())
                v->items = args->items[0]->items;
            push(v);
        } else {
            corrupt("cannot call '" + g + "'");
        }
    }

    void setItems(const std::vector<PyRef>& kv)
    {
        if (kv.size() % 2)
            corrupt("odd number of items for a dict");
        PyRef d = pop();
        if (d->type != Type::Dict)
            corrupt("SETITEMS on something that is not a dict");
        for (size_t k = 0; k < kv.size(); k += 2)
            d->dict.emplace_back(kv[k], kv[k + 1]);
        push(d);
    }
    void appendItems(const std::vector<PyRef>& items)
    {
        PyRef l = pop();
        if (l->type != Type::List)
            corrupt("APPENDS on something that is not a list");
        l->items.insert(l->items.end(), items.begin(), items.end());
        push(l);
    }
    void build()
    {
        PyRef state = pop();
        PyRef obj = top();
        // An OrderedDict's instance state (e.g. a state_dict's `_metadata`) carries no tensors.
        if (obj->type != Type::Dict && obj->type != Type::Tensor)
            corrupt("BUILD on an unsupported object");
        (void)state;
    }

public:
    ~Unpickler()
    {
        if (accepted_)
            return;
        for (const PyRef& v : containers_) {
            v->items.clear();
            v->dict.clear();
        }
    }

    size_t consumed_ = 0;

private:
    const uint8_t* p_;
    size_t size_;
    size_t pos_ = 0;
    const PersistentLoader& loader_;
    std::string what_;
    std::vector<PyRef> stack_;
    std::vector<size_t> marks_;
    std::map<size_t, PyRef> memo_;
    std::vector<PyRef> containers_;
    size_t operations_ = 0;
    bool accepted_ = false;
    static constexpr size_t kMaxOperations = 200000;
    static constexpr int kMaxDepth = 100;
};

}  // namespace

PyRef unpickle(const uint8_t* data, size_t size, const PersistentLoader& loader, const std::string& what,
               size_t* consumed)
{
    Unpickler u(data, size, loader, what);
    PyRef v = u.run();
    if (consumed)
        *consumed = u.consumed_;
    return v;
}

}  // namespace inception::weights
