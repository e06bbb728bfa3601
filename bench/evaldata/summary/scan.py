import subprocess, sys, re, collections
import os
REPO = os.environ.get('RMRB_GIT', '/work/.mirror/slience-me+data_mining_wordcloud/repo')  # the crawl's git dir
def files(prefix):
    out=subprocess.run(['git','-C',REPO,'ls-tree','-r','HEAD',prefix],capture_output=True,text=True).stdout
    res=[]
    for line in out.splitlines():
        meta,path=line.split('\t',1)
        res.append((path,meta.split()[2]))
    return res
def blobs(shas):
    p=subprocess.Popen(['git','-C',REPO,'cat-file','--batch'],stdin=subprocess.PIPE,stdout=subprocess.PIPE)
    for s in shas:
        p.stdin.write((s+'\n').encode()); p.stdin.flush()
        hdr=p.stdout.readline().split()
        n=int(hdr[2]); data=p.stdout.read(n); p.stdout.read(1)
        yield data
    p.stdin.close(); p.wait()
if __name__=='__main__':
    fl=files('data/')
    cnt=collections.Counter(); ex={}
    markers=['核心阅读','编者按','导读','编者的话','【编者按】','阅读提示','——编  者','——编者']
    for (path,sha),b in zip(fl,blobs([s for _,s in fl])):
        t=b.decode('utf-8')
        for m in markers:
            if m in t:
                cnt[m]+=1; ex.setdefault(m,path)
    print(len(fl),cnt,ex)
