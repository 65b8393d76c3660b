-- Headless Neovim as a second LSP client: attach gknb's server to a report, receive its
-- diagnostics and symbols, make an edit, and write what was received as JSON for the test to read.
local root = os.getenv('GKNB_ROOT')
local file = os.getenv('GKNB_FILE')
local out = os.getenv('GKNB_OUT')
local result = { diagnostics = {}, after_edit = {}, symbols = {}, errors = {} }

local function collect()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(list, { line = d.lnum, col = d.col, severity = d.severity, code = lsp.code or d.code, message = d.message, source = d.source })
  end
  return list
end

vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.bo.filetype = 'markdown'
local client_id = vim.lsp.start_client({
  name = 'gknb',
  cmd = { 'node', root .. '/dist/server.js', '--stdio' },
  root_dir = vim.fn.fnamemodify(file, ':h'),
  init_options = { locale = 'zh-cn' },
  on_error = function(code) table.insert(result.errors, 'client error ' .. tostring(code)) end,
})
vim.lsp.buf_attach_client(0, client_id)

if not vim.wait(20000, function() return #vim.diagnostic.get(0) > 0 end, 50) then
  table.insert(result.errors, 'no diagnostics within 20 s')
end
result.diagnostics = collect()

local responses = vim.lsp.buf_request_sync(0, 'textDocument/documentSymbol', { textDocument = vim.lsp.util.make_text_document_params() }, 10000)
for _, r in pairs(responses or {}) do
  if r.error then table.insert(result.errors, vim.inspect(r.error)) end
  for _, s in ipairs(r.result or {}) do
    local children = {}
    for _, c in ipairs(s.children or {}) do table.insert(children, c.name) end
    table.insert(result.symbols, { name = s.name, children = children })
  end
end

-- An incremental edit: change the first number of the row （一）予以公开 so its total no longer adds up.
local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
for i, l in ipairs(lines) do
  local s, e = l:find('予以公开\t1\t', 1, true)
  if s then
    local col = e - 2 -- the "1" (0-based byte column of the digit)
    vim.api.nvim_buf_set_text(0, i - 1, col, i - 1, col + 1, { '5' })
    break
  end
end
vim.wait(20000, function()
  for _, d in ipairs(collect()) do if d.code == 'row-total' then return true end end
  return false
end, 50)
result.after_edit = collect()

vim.lsp.stop_client(client_id)
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.cmd('qa!')
